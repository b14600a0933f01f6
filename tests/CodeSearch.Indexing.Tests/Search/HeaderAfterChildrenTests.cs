using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A header listed beside its own reportable codes gives its place to the first of them and follows the others.</summary>
public class HeaderAfterChildrenTests
{
    private static SearchHit Hit(string code, bool billable, float score, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = code, Kind = CodeKind.Code, Billable = billable, ReleaseId = "FY2026",
    }, score, kind);

    [Fact]
    public void Order_HeaderWithItsCodeListed_CodeTakesItsPlaceHeaderAfterTheOthersScoresKept()
    {
        // Two headers, each with one of its codes listed below it (C34.90 last): each code takes its header's place.
        var hits = new List<SearchHit>
        {
            Hit("C34", false, 9f), Hit("C780", false, 8f), Hit("C7802", true, 7f), Hit("R911", true, 6f), Hit("C3490", true, 5f),
        };
        var docs = new List<int> { 1, 2, 3, 4, 5 };

        HeaderAfterChildren.Order(hits, docs);

        Assert.Equal(["C3490", "C7802", "R911", "C34", "C780"], hits.Select(h => h.Code.Code));
        Assert.Equal([5, 3, 4, 1, 2], docs);
        Assert.Equal([9f, 8f, 7f, 6f, 5f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Order_LongList_HeaderFollowsTheFirstFive()
    {
        var hits = new List<SearchHit>
        {
            Hit("R07", false, 9f), Hit("R079", true, 8f), Hit("R0789", true, 7f), Hit("I209", true, 6f), Hit("R071", true, 5f),
            Hit("R0781", true, 4f), Hit("R05", false, 3f),
        };

        HeaderAfterChildren.Order(hits, [1, 2, 3, 4, 5, 6, 7]);

        Assert.Equal(["R079", "R0789", "I209", "R071", "R0781", "R07", "R05"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_HeaderWhoseCodesAreNotListed_KeepsItsPlace()
    {
        var hits = new List<SearchHit> { Hit("S7200", false, 9f), Hit("M84359A", true, 8f), Hit("M84459A", true, 7f) };

        HeaderAfterChildren.Order(hits, [1, 2, 3]);

        Assert.Equal(["S7200", "M84359A", "M84459A"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_HeaderFoundByItsCode_NeverMoves()
    {
        var hits = new List<SearchHit> { Hit("E11", false, 1000f, MatchKind.ExactCode), Hit("E119", true, 500f, MatchKind.CodePrefix) };

        HeaderAfterChildren.Order(hits, [-1, -1]);

        Assert.Equal("E11", hits[0].Code.Code);
    }
}
