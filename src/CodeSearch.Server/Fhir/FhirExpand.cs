using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Search;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// ValueSet/$expand of the implicit value sets (<see cref="FhirValueSet"/>). With <c>filter</c> the codes come from
/// <see cref="CodeSearchService.Search"/>, the entry point SearchCodes uses, so the ranking is SearchCodes'; without
/// one, in the release's official order. <c>count</c> (default 20) and <c>offset</c> page; <c>date</c> picks the
/// release in force and leaves out codes not effective then. Expansions are cached as serialized JSON in the
/// server's response cache.
/// </summary>
internal sealed class FhirExpand(CodeSearchService search, IIndexProvider indexes, FhirReleases releases, FhirCache cache, TimeProvider time)
{
    public const int DefaultCount = 20;

    public byte[] Run(HttpContext http, FhirInput input)
    {
        var url = input.Get("url");
        var valueSet = FhirValueSet.Parse(url);
        var (system, date) = releases.Resolve(http, valueSet.SystemUri, "url", input.Get("systemVersion") ?? input.Get("version"), input.Date("date"));
        var count = input.Integer("count", 0, CodeSearchService.MaxResultDepth) ?? DefaultCount;
        var offset = input.Integer("offset", 0, int.MaxValue) ?? 0;
        var filter = input.Get("filter") is { } raw ? QueryText.Normalize(raw) : null;
        if (filter is not null && filter.Trim().Length == 0) filter = null;
        if (filter is { Length: > SearchLimits.MaxQueryLength }) throw FhirError.Invalid($"Parameter 'filter' must be at most {SearchLimits.MaxQueryLength} characters.");
        if (filter is not null && (long)offset + count > CodeSearchService.MaxResultDepth)
        {
            throw FhirError.TooCostly($"A filtered expansion reaches at most {CodeSearchService.MaxResultDepth} codes deep (offset + count); refine the filter.");
        }
        var index = indexes.Current;
        var key = $"fhir-expand\u001f{index.Generation}\u001f{url}\u001f{filter}\u001f{count}\u001f{offset}\u001f{date:yyyyMMdd}\u001f{AsOf(date):yyyyMMdd}";
        return cache.GetOrCreate("FhirExpand", key, () => Expand(index, system, valueSet, url!, filter, count, offset, date));
    }

    private ValueSet Expand(ICodeIndex index, CodeSystemId system, FhirValueSet valueSet, string url, string? filter, int count, int offset, DateOnly? date)
    {
        var release = ReleaseSelector.Select(index, system, date);
        var expansion = new ValueSet.ExpansionComponent
        {
            Identifier = "urn:uuid:" + Guid.NewGuid().ToString("D"),
            TimestampElement = new FhirDateTime(time.GetUtcNow()),
            Offset = offset,
        };
        if (filter is not null) expansion.Parameter.Add(new() { Name = "filter", Value = new FhirString(filter) });
        expansion.Parameter.Add(new() { Name = "count", Value = new Integer(count) });
        expansion.Parameter.Add(new() { Name = "offset", Value = new Integer(offset) });
        if (date is { } dos) expansion.Parameter.Add(new() { Name = "date", Value = new FhirDateTime(dos.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) });
        expansion.Parameter.Add(new() { Name = "used-codesystem", Value = new FhirUri($"{FhirSystems.Uri(system)}|{release.Release.ReleaseId}") });

        IEnumerable<MedicalCode> page;
        if (filter is null)
        {
            var members = Members(index, system, release, valueSet, date).ToList();
            expansion.Total = members.Count;
            page = members.Skip(offset).Take(count);
        }
        else if (valueSet.IsA is null)
        {
            page = search.Search(new CodeSearchQuery(filter, [system], false, offset, count, date)).Hits.Select(h => h.Code);
        }
        else
        {
            var hits = search.Search(new CodeSearchQuery(filter, [system], false, 0, CodeSearchService.MaxResultDepth, date)).Hits;
            page = hits.Select(h => h.Code).Where(c => valueSet.Contains(system, c.Code, Ancestors(index, c))).Skip(offset).Take(count);
        }
        foreach (var code in page)
        {
            expansion.Contains.Add(new ValueSet.ContainsComponent
            {
                System = FhirSystems.Uri(system),
                Version = code.ReleaseId,
                Code = code.DisplayCode,
                Display = code.Description,
                Abstract = code.Billable ? null : true,
            });
        }
        return new ValueSet { Url = url, Status = PublicationStatus.Active, Expansion = expansion };
    }

    private DateOnly AsOf(DateOnly? date) => date ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The value set's codes in official order: the whole release, or the isa root and its descendants.</summary>
    private IEnumerable<MedicalCode> Members(ICodeIndex index, CodeSystemId system, LoadedRelease release, FhirValueSet valueSet, DateOnly? date)
    {
        IEnumerable<MedicalCode> codes;
        if (valueSet.IsA is null)
        {
            codes = index.Codes(system, release.Release.ReleaseId);
        }
        else
        {
            var root = CodeFormat.TryNormalize(system, valueSet.IsA, out var normal) ? index.Find(system, release.Release.ReleaseId, normal) : null;
            if (root is null) throw FhirError.NotFound($"The isa code '{valueSet.IsA}' is not a {release.Release.DisplayName} code.");
            codes = Descendants(index, root);
        }
        return date is { } dos ? codes.Where(c => ValidityRules.IsEffective(c, dos)) : codes;
    }

    private static IEnumerable<MedicalCode> Descendants(ICodeIndex index, MedicalCode root)
    {
        var stack = new Stack<MedicalCode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var code = stack.Pop();
            yield return code;
            var children = index.Children(code);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
    }

    private static IEnumerable<string> Ancestors(ICodeIndex index, MedicalCode code)
    {
        for (var parent = code.ParentCode; parent is not null;)
        {
            yield return parent;
            parent = index.Find(code.System, code.ReleaseId, parent)?.ParentCode;
        }
    }
}
