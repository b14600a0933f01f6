using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A page of HCPCS word matches for the rules that order the leading results of an HCPCS search.</summary>
internal static class HcpcsPageRule
{
    public static SearchHit Hit(string code, string description, float score) => new(new MedicalCode
    {
        System = CodeSystemId.Hcpcs, Code = code, Description = description, Kind = CodeKind.Code, Billable = true, ReleaseId = "2026-01",
    }, score, MatchKind.Text);

    /// <summary>Runs <paramref name="rule"/> over the page and returns its codes in their new order; scores stay descending.</summary>
    public static List<string> Apply(Action<string, List<SearchHit>, List<int>> rule, string query, SearchHit[] hits)
    {
        var list = hits.ToList();
        var docs = Enumerable.Range(0, list.Count).ToList();
        rule(query, list, docs);
        Assert.True(list.Zip(list.Skip(1)).All(p => p.First.Score >= p.Second.Score), "scores stay in descending order");
        return list.Select(h => h.Code.Code).ToList();
    }
}
