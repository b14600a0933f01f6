using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The side the query names picks the code of that side; no side named, no side guessed.</summary>
public class LateralSiblingTests
{
    private static MedicalCode Code(string code, string description, string? parent, bool billable = true) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header,
        Billable = billable, ReleaseId = "FY2026", ParentCode = parent,
    };

    // A small family in the shape of the tabular list: a header with an unspecified, a right, a left and a bilateral code.
    private static readonly MedicalCode[] Family =
    [
        Code("G576", "Lesion of plantar nerve", "G57", billable: false),
        Code("G5760", "Lesion of plantar nerve, unspecified lower limb", "G576"),
        Code("G5761", "Lesion of plantar nerve, right lower limb", "G576"),
        Code("G5762", "Lesion of plantar nerve, left lower limb", "G576"),
        Code("G5763", "Lesion of plantar nerve, bilateral lower limbs", "G576"),
        Code("H9103", "Ototoxic hearing loss, bilateral", "H910"),
        Code("H9102", "Ototoxic hearing loss, left ear", "H910"),
        Code("H910", "Ototoxic hearing loss", "H91", billable: false),
        Code("H919", "Unspecified hearing loss", "H91", billable: false),
        Code("H9192", "Unspecified hearing loss, left ear", "H919"),
        Code("H9193", "Unspecified hearing loss, bilateral", "H919"),
    ];

    private static MedicalCode? Parent(MedicalCode code) => Family.FirstOrDefault(c => c.Code == code.ParentCode);

    private static IReadOnlyList<MedicalCode> Children(MedicalCode code) => Family.Where(c => c.ParentCode == code.Code).ToList();

    private static (List<SearchHit> Hits, List<int> Docs) Page(params (string Code, float Score)[] listed) =>
        (listed.Select(l => new SearchHit(Family.Single(c => c.Code == l.Code), l.Score, MatchKind.Text)).ToList(),
         listed.Select((_, i) => i + 1).ToList());

    private static List<string> Promote(string query, List<SearchHit> hits, List<int> docs)
    {
        LateralSibling.Promote(query, hits, docs, Parent, Children, c => 100);
        return hits.Select(h => h.Code.Code).ToList();
    }

    [Fact]
    public void Promote_SideNamedFirstUnspecified_CodeOfThatSideAddedFirstWithTheFirstScore()
    {
        var (hits, docs) = Page(("G5760", 9f), ("G576", 9f));

        Assert.Equal(["G5761", "G5760", "G576"], Promote("mortons neuroma right foot", hits, docs));
        Assert.Equal(9f, hits[0].Score);
        Assert.Equal(100, docs[0]);
    }

    [Fact]
    public void Promote_SideListedLower_MovedUpEachPositionKeepingItsScore()
    {
        var (hits, docs) = Page(("G5760", 9f), ("G5762", 8f), ("G5761", 7f));

        Assert.Equal(["G5762", "G5760", "G5761"], Promote("plantar nerve lesion left foot", hits, docs));
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
        Assert.Equal([2, 1, 3], docs);
    }

    [Fact]
    public void Promote_BothNamedAmongTiedResults_TheBilateralCodeAddingNoWordTheQueryLacks()
    {
        var (hits, docs) = Page(("H9102", 5f), ("H9192", 5f));

        Assert.Equal("H9193", Promote("hearing loss both ears", hits, docs)[0]);
    }

    [Fact]
    public void Promote_FirstNamesTheQuerysSide_NothingMoves()
    {
        var (hits, docs) = Page(("G5761", 9f), ("G5760", 8f));

        Assert.Equal(["G5761", "G5760"], Promote("plantar nerve lesion right", hits, docs));
    }

    [Fact]
    public void Promote_NoSideNamedFirstNamesOne_TheFamilysCodeNamingNoSide()
    {
        var (hits, docs) = Page(("G5762", 9f), ("G5761", 9f));

        Assert.Equal("G5760", Promote("plantar nerve lesion", hits, docs)[0]);
    }

    [Fact]
    public void Promote_TwoSidesNamed_NothingMoves()
    {
        var (hits, docs) = Page(("G5760", 9f));

        Assert.Equal(["G5760"], Promote("plantar nerve lesion right and left", hits, docs));
    }
    [Fact]
    public void Unguessed_NoSideNamedASidedCodeFurtherDown_FamilysSidelessCodeTakesItsPlaceItFollowsTheFirstFive()
    {
        // The first result is left to Promote; H91.02, H91.93 and H91.92 have no code naming no side in this family;
        // G57.62 third gives way to G57.60 and follows the first five.
        var (hits, docs) = Page(("H9103", 9f), ("H9102", 8f), ("G5762", 7f), ("H9193", 6f), ("H9192", 5f), ("G5763", 4f));

        LateralSibling.Unguessed("lesion of plantar nerve", hits, docs, Parent, Children, c => 100);

        Assert.Equal(["H9103", "H9102", "G5760", "H9193", "H9192", "G5762", "G5763"], hits.Select(h => h.Code.Code));
        Assert.Equal(100, docs[2]);
        Assert.Equal(3, docs[5]);
        Assert.Equal([9f, 8f, 7f, 6f, 5f, 4f, 4f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Unguessed_SidelessCodeListedFurtherDown_MovesUpNotListedTwice()
    {
        var (hits, docs) = Page(("H9103", 9f), ("G5762", 8f), ("G5761", 7f), ("H9193", 6f), ("H9192", 5f), ("G5763", 4f), ("G5760", 3f));

        LateralSibling.Unguessed("plantar nerve lesion", hits, docs, Parent, Children, c => 100);

        // G57.62 gives way to G57.60 (listed 7th); G57.61 then finds G57.60 among the first five and stays.
        Assert.Equal(["H9103", "G5760", "G5761", "H9193", "H9192", "G5762", "G5763"], hits.Select(h => h.Code.Code));
        Assert.Equal(7, docs[1]);
    }

    [Fact]
    public void Unguessed_QueryNamesASide_NothingMoves()
    {
        var (hits, docs) = Page(("H9103", 9f), ("G5762", 8f));

        LateralSibling.Unguessed("plantar nerve lesion left", hits, docs, Parent, Children, c => 100);

        Assert.Equal(["H9103", "G5762"], hits.Select(h => h.Code.Code));
    }
}
