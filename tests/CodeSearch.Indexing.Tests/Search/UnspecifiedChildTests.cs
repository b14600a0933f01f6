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
    private static IReadOnlyList<MedicalCode> ChildrenOfG561(MedicalCode header) => header.Code == "G561"
        ? [Hit("G5610", "Other lesions of median nerve, unspecified upper limb", 0f).Code, Hit("G5611", "Other lesions of median nerve, right upper limb", 0f).Code]
        : [];

    [Fact]
    public void Fetch_HeaderFirstNoneOfItsCodesListed_ItsUnspecifiedCodeAddedFirstLastDropsWhenFull()
    {
        var hits = new List<SearchHit>
        {
            Hit("G561", "Other lesions of median nerve", 9f, billable: false), Hit("G560", "Carpal tunnel syndrome", 8f), Hit("G611", "Serum neuropathy", 7f),
        };
        var docs = new List<int> { 1, 2, 3 };

        UnspecifiedChild.Fetch(hits, docs, needed: 3, ChildrenOfG561, _ => 42, _ => true);

        Assert.Equal(["G5610", "G561", "G560"], hits.Select(h => h.Code.Code));
        Assert.Equal([42, 1, 2], docs);
        Assert.Equal([9f, 9f, 8f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Fetch_OneOfTheHeadersCodesListedEarly_NothingAdded()
    {
        var hits = new List<SearchHit> { Hit("G561", "Other lesions of median nerve", 9f, billable: false), Hit("G5611", "Other lesions of median nerve, right upper limb", 8f) };
        var docs = new List<int> { 1, 2 };

        UnspecifiedChild.Fetch(hits, docs, needed: 6, ChildrenOfG561, _ => 42, _ => true);

        Assert.Equal(["G561", "G5611"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Fetch_OutOfScopeOrFoundByCode_NothingAdded()
    {
        var byWords = new List<SearchHit> { Hit("G561", "Other lesions of median nerve", 9f, billable: false) };
        UnspecifiedChild.Fetch(byWords, [1], needed: 6, ChildrenOfG561, _ => 42, _ => false);
        var byCode = new List<SearchHit> { Hit("G561", "Other lesions of median nerve", 1000f, billable: false, kind: MatchKind.ExactCode) };
        UnspecifiedChild.Fetch(byCode, [1], needed: 6, ChildrenOfG561, _ => 42, _ => true);

        Assert.Single(byWords);
        Assert.Single(byCode);
    }

    [Fact]
    public void DefaultOf_NoChildSaysUnspecifiedMoreThanTheHeader_FirstChildSayingUnspecifiedOrWithout()
    {
        var header = Hit("B192", "Unspecified viral hepatitis C", 0f, billable: false).Code;
        var children = new[]
        {
            Hit("B1920", "Unspecified viral hepatitis C without hepatic coma", 0f).Code, Hit("B1921", "Unspecified viral hepatitis C with hepatic coma", 0f).Code,
        };
        var gastritis = Hit("K290", "Acute gastritis", 0f, billable: false).Code;
        var acute = new[] { Hit("K2901", "Acute gastritis with bleeding", 0f).Code, Hit("K2900", "Acute gastritis without bleeding", 0f).Code };

        Assert.Equal("B1920", UnspecifiedChild.DefaultOf(header, children)?.Code);
        Assert.Equal("K2900", UnspecifiedChild.DefaultOf(gastritis, acute)?.Code);
        Assert.Null(UnspecifiedChild.DefaultOf(gastritis, [acute[0]]));
    }
}
