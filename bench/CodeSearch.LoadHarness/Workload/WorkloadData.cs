namespace CodeSearch.LoadHarness.Workload;

/// <summary>What the calls send: codes for GetCode, queries for SearchCodes, notes for SuggestCodes.</summary>
/// <param name="Codes">ICD-10-CM codes (dotted) to look up, in a fixed order.</param>
/// <param name="Queries">Hot and cold search queries.</param>
/// <param name="Notes">Clinical notes; never printed or written anywhere.</param>
/// <param name="Source">Where the phrases and codes came from ("file" or "api").</param>
public sealed record WorkloadData(IReadOnlyList<string> Codes, QuerySets Queries, IReadOnlyList<string> Notes, string Source)
{
    /// <summary>Median note length in characters (0 without notes), for the report.</summary>
    public int MedianNoteChars => Notes.Count == 0 ? 0 : Notes.Select(n => n.Length).Order().ElementAt(Notes.Count / 2);
}
