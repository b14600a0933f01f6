using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A header listed first gives way to its reportable "unspecified" code when that code is listed early.</summary>
public class UnspecifiedChildTests
{
    private static SearchHit Hit(string code, string description, float score, bool billable = true, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026",
    }, score, kind);

    [Fact]
    public void Promote_HeaderFirst_ItsUnspecifiedCodeMovesFirstScoresKeptByPosition()
    {
        var hits = new List<SearchHit>
        {
            Hit("R11", "Nausea and vomiting", 9f, billable: false), Hit("R110", "Nausea", 8f), Hit("R112", "Nausea with vomiting, unspecified", 7f),
        };
        var docs = new List<int> { 1, 2, 3 };

        UnspecifiedChild.Promote(hits, docs);

        Assert.Equal(["R112", "R11", "R110"], hits.Select(h => h.Code.Code));
        Assert.Equal([3, 1, 2], docs);
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Promote_UnspecifiedCodeOfAnotherHeader_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("R11", "Nausea and vomiting", 9f, billable: false), Hit("R1084", "Generalized abdominal pain, unspecified", 8f) };

        UnspecifiedChild.Promote(hits, [1, 2]);

        Assert.Equal("R11", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_HeaderFoundByItsCode_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("E11", "Type 2 diabetes mellitus", 1000f, billable: false, kind: MatchKind.ExactCode), Hit("E119", "Type 2 diabetes mellitus without complications, unspecified", 500f, kind: MatchKind.CodePrefix) };

        UnspecifiedChild.Promote(hits, [1, 2]);

        Assert.Equal("E11", hits[0].Code.Code);
    }
}
