using CodeSearch.Core.Errors;

namespace CodeSearch.Core.Catalog;

/// <summary>Looks codes up and checks them for claims, over whatever index generation is being served.</summary>
public sealed class CodeLookupService(IIndexProvider indexProvider, TimeProvider timeProvider)
{
    /// <summary>Most billable descendants listed for a header.</summary>
    public const int MaxBillableDescendants = 50;

    /// <summary>
    /// Returns a code with its hierarchy. Throws <see cref="InvalidRequestException"/> for a malformed code,
    /// <see cref="CodeNotFoundException"/> (saying why) when it is not a code of the release in force, and
    /// <see cref="ReleaseNotLoadedException"/> when no loaded release covers the date of service.
    /// </summary>
    public CodeDetails Get(CodeSystemId system, string? input, DateOnly? dateOfService, string field = "code")
    {
        var code = Normalize(system, input, field);
        var index = indexProvider.Current;
        var release = ReleaseSelector.Select(index, system, dateOfService);
        var found = index.Find(system, release.Release.ReleaseId, code)
                    ?? throw new CodeNotFoundException(NotFoundReason.Explain(index, release, code));
        if (dateOfService is { } dos && !ValidityRules.IsEffective(found, dos))
        {
            throw new CodeNotFoundException(NotFoundReason.NotEffective(found, dos));
        }
        return Describe(index, release, found);
    }

    /// <summary>
    /// Checks each code; the whole call fails only when no release covers the date of service. Without a date of
    /// service the newest release answers and HCPCS add and termination dates are checked against today. Then the
    /// codes are checked together against their Excludes1, "code first" and "use additional code" notes.
    /// </summary>
    public ValidationReport Validate(CodeSystemId system, IReadOnlyList<string> inputs, DateOnly? dateOfService)
    {
        var index = indexProvider.Current;
        var release = ReleaseSelector.Select(index, system, dateOfService);
        var asOf = dateOfService ?? DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var results = inputs.Select(input => CodeValidator.Check(index, release, system, input, asOf, this)).ToList();
        return NoteRules.Apply(results);
    }

    internal CodeDetails Describe(ICodeIndex index, LoadedRelease release, MedicalCode code)
    {
        var ancestors = new List<MedicalCode>();
        for (var parent = code.ParentCode; parent is not null;)
        {
            var next = index.Find(code.System, code.ReleaseId, parent);
            if (next is null) break;
            ancestors.Add(next);
            parent = next.ParentCode;
        }
        MedicalCode? Find(string c) => index.Find(code.System, code.ReleaseId, c);
        return new CodeDetails(code, release, ancestors, index.Children(code))
        {
            Notes = index.Reference.NotesFor(code, Find),
            SevenCharacters = index.Reference.SevenCharactersFor(code, Find),
            IndexEntries = index.Reference.EntriesFor(code),
        };
    }

    private static string Normalize(CodeSystemId system, string? input, string field)
    {
        if (string.IsNullOrWhiteSpace(input)) throw new InvalidRequestException(field, "must not be empty");
        if (!CodeFormat.TryNormalize(system, input, out var code))
        {
            throw new InvalidRequestException(field, $"is not a well-formed {system.DisplayName()} code");
        }
        return code;
    }
}
