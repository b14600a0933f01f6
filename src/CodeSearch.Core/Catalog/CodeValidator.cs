namespace CodeSearch.Core.Catalog;

/// <summary>The per-code rules of ValidateCodes.</summary>
internal static class CodeValidator
{
    public static CodeValidationResult Check(
        ICodeIndex index, LoadedRelease release, CodeSystemId system, string input, DateOnly asOf, CodeLookupService lookup)
    {
        if (!CodeFormat.TryNormalize(system, input, out var code))
        {
            return Result(input, CodeValidationStatus.Malformed, null, $"Not a well-formed {system.DisplayName()} code.");
        }
        var found = index.Find(system, release.Release.ReleaseId, code);
        if (found is null)
        {
            return Result(input, CodeValidationStatus.NotFound, null, NotFoundReason.Explain(index, release, code));
        }
        var details = lookup.Describe(index, release, found);
        if (ValidityRules.Terminated(found, asOf))
        {
            return Result(input, CodeValidationStatus.Terminated, details, NotFoundReason.NotEffective(found, asOf));
        }
        if (ValidityRules.NotYetAdded(found, asOf))
        {
            return Result(input, CodeValidationStatus.NotEffective, details, NotFoundReason.NotEffective(found, asOf));
        }
        if (found.Kind == CodeKind.Header)
        {
            var billable = BillableDescendants(index, found);
            return new CodeValidationResult(input, CodeValidationStatus.HeaderNotBillable, details, billable,
                $"{found.DisplayCode} is a header, not billable: report one of its {billable.Count}{(billable.Count == CodeLookupService.MaxBillableDescendants ? "+" : "")} billable descendants.");
        }
        return Result(input, CodeValidationStatus.Valid, details, $"{found.DisplayCode} is valid in {release.Release.DisplayName}.");
    }

    private static CodeValidationResult Result(string input, CodeValidationStatus status, CodeDetails? details, string message) =>
        new(input, status, details, [], message);

    private static List<MedicalCode> BillableDescendants(ICodeIndex index, MedicalCode header)
    {
        var result = new List<MedicalCode>();
        var stack = new Stack<MedicalCode>(index.Children(header).Reverse());
        while (stack.Count > 0 && result.Count < CodeLookupService.MaxBillableDescendants)
        {
            var next = stack.Pop();
            if (next.Billable) result.Add(next);
            foreach (var child in index.Children(next).Reverse()) stack.Push(child);
        }
        return result;
    }
}
