using CodeSearch.V1;

namespace CodeSearch.LoadHarness.Workload;

/// <summary>
/// Builds the <see cref="WorkloadData"/>: phrases and codes from the Disease Ontology eval file when present, otherwise
/// from the API itself (descriptions of codes found by a few seed searches); notes from the CodiEsp file (none without it).
/// </summary>
internal static class WorkloadLoader
{
    private static readonly string[] Seeds = ["pain", "fracture", "diabetes", "infection", "neoplasm", "disorder", "injury", "syndrome"];

    public static async Task<WorkloadData> LoadAsync(string? phrasesFile, string? notesFile, CodeLookup.CodeLookupClient lookup)
    {
        var notes = notesFile is not null && File.Exists(notesFile)
            ? JsonLines.Read(notesFile).Select(e => JsonLines.Text(e, "text")).OfType<string>().Where(t => t.Length > 0).ToList()
            : [];
        if (phrasesFile is not null && File.Exists(phrasesFile))
        {
            var rows = JsonLines.Read(phrasesFile).ToList();
            var phrases = rows.Select(e => JsonLines.Text(e, "text")).OfType<string>();
            var codes = rows.SelectMany(e => JsonLines.Strings(e, "gold")).Distinct(StringComparer.Ordinal).ToList();
            return new WorkloadData(await ExistingAsync(codes, lookup), QuerySets.Build(phrases), notes, "file");
        }
        var descriptions = new List<string>();
        var found = new List<string>();
        foreach (var seed in Seeds)
        {
            var page = await lookup.SearchCodesAsync(new SearchCodesRequest { Query = seed, PageSize = 100, Systems = { CodeSystem.Icd10Cm } });
            descriptions.AddRange(page.Results.Select(r => r.Code.Description));
            found.AddRange(page.Results.Where(r => r.Code.Billable).Select(r => r.Code.Code_));
        }
        // Descriptions are long; their first three to five words are closer to what people type.
        var phrasesFromApi = descriptions.SelectMany(d => new[] { 3, 5 }.Select(n => string.Join(' ', d.Split(' ').Take(n))));
        return new WorkloadData(found.Distinct().ToList(), QuerySets.Build(phrasesFromApi), notes, "api");
    }

    // The eval's gold codes span several releases; GetCode is measured on codes the served release has, so that
    // NOT_FOUND in the report means a server problem, not a stale code.
    private static async Task<List<string>> ExistingAsync(List<string> codes, CodeLookup.CodeLookupClient lookup)
    {
        var kept = new List<string>();
        foreach (var chunk in codes.Chunk(1000))
        {
            var reply = await lookup.ValidateCodesAsync(new ValidateCodesRequest { System = CodeSystem.Icd10Cm, Codes = { chunk } });
            kept.AddRange(reply.Results.Where(r => r.Status is ValidationStatus.Valid or ValidationStatus.HeaderNotBillable).Select(r => r.Input));
        }
        return kept;
    }
}
