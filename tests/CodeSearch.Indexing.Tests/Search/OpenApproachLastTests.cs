using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>An open-approach PCS code listed first gives the first place to its twin of another approach unless the query says open.</summary>
public class OpenApproachLastTests
{
    private static SearchHit Hit(string code, string approach, float score, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Pcs, Code = code, Description = $"Dilation of Coronary Artery, {approach} Approach",
        Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    }, score, kind);

    private static List<SearchHit> Stents() =>
    [
        Hit("027004Z", "Open", 9f), Hit("027104Z", "Open", 8f), Hit("027204Z", "Open", 7f), Hit("027034Z", "Percutaneous", 6f),
        Hit("027044Z", "Percutaneous Endoscopic", 5f),
    ];

    [Fact]
    public void Order_NoApproachNamed_FirstTwinListedTakesTheFirstPlace()
    {
        var hits = Stents();
        var docs = Enumerable.Range(1, hits.Count).ToList();

        OpenApproachLast.Order("pci with drug eluting stent lad", hits, docs);

        Assert.Equal(["027034Z", "027004Z", "027104Z", "027204Z", "027044Z"], hits.Select(h => h.Code.Code));
        Assert.Equal([4, 1, 2, 3, 5], docs);
        Assert.Equal([9f, 8f, 7f, 6f, 5f], hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData("open coronary stent")]
    [InlineData("coronary stent, opened")]
    public void Order_OpenNamed_NothingMoves(string query)
    {
        var hits = Stents();

        OpenApproachLast.Order(query, hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(["027004Z", "027104Z", "027204Z", "027034Z", "027044Z"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_FirstCodeWithoutListedTwin_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("027004Z", "Open", 9f), Hit("027134Z", "Percutaneous", 8f), Hit("027105Z", "Open", 7f) };

        OpenApproachLast.Order("coronary stent", hits, [1, 2, 3]);

        Assert.Equal(["027004Z", "027134Z", "027105Z"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_CodeMatchListed_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("027004Z", "Open", 1000f, MatchKind.ExactCode), Hit("027034Z", "Percutaneous", 8f) };

        OpenApproachLast.Order("027004Z", hits, [1, 2]);

        Assert.Equal(["027004Z", "027034Z"], hits.Select(h => h.Code.Code));
    }
}
