using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A 7th-character code the query does not ask for leaves the first five when its wanted sibling is above it.</summary>
public class OneEncounterTests
{
    private static SearchHit Hit(string code, float score, CodeSystemId system = CodeSystemId.Icd10Cm) => new(new MedicalCode
    {
        System = system, Code = code, Description = code, Kind = CodeKind.Code, Billable = code.Length == 7, ReleaseId = "FY2026",
    }, score, MatchKind.Text);

    private static List<SearchHit> Wrist() =>
    [
        Hit("S62161A", 9f), Hit("S62161S", 8f), Hit("S62164A", 7f), Hit("S62164S", 6f), Hit("S62101S", 5f),
        Hit("S62101A", 4f), Hit("S52501A", 3f), Hit("S52501S", 2f),
    ];

    [Fact]
    public void Order_NoEncounterNamed_SequelaAfterItsInitialSiblingLeavesTheFirstFive()
    {
        var hits = Wrist();
        var docs = Enumerable.Range(1, hits.Count).ToList();

        OneEncounter.Order("rt wrist fx", hits, docs);

        Assert.Equal(["S62161A", "S62164A", "S62101S", "S62101A", "S52501A", "S62161S", "S62164S", "S52501S"],
            hits.Select(h => h.Code.Code));
        Assert.Equal([1, 3, 5, 6, 7, 2, 4, 8], docs);
        Assert.Equal([9f, 8f, 7f, 6f, 5f, 4f, 3f, 2f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Order_SequelaAsked_InitialCodesLeaveInstead()
    {
        var hits = new List<SearchHit>
        {
            Hit("S62161S", 9f), Hit("S62161A", 8f), Hit("S62164S", 7f), Hit("S62164A", 6f), Hit("S62101S", 5f), Hit("S62101A", 4f),
        };

        OneEncounter.Order("wrist fracture sequela", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(["S62161S", "S62164S", "S62101S", "S62161A", "S62164A", "S62101A"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_UnwantedCodeWithoutWantedSiblingAbove_Stays()
    {
        var hits = new List<SearchHit>
        {
            Hit("S62161S", 9f), Hit("S62161A", 8f), Hit("E103519", 7f), Hit("E103291", 6f), Hit("S62164A", 5f), Hit("S62164S", 4f),
        };

        OneEncounter.Order("wrist fracture", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(["S62161S", "S62161A", "E103519", "E103291", "S62164A", "S62164S"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_FiveOrFewerResults_NothingMoves()
    {
        var hits = new List<SearchHit> { Hit("S62161A", 9f), Hit("S62161S", 8f), Hit("S62161D", 7f) };

        OneEncounter.Order("wrist fracture", hits, [1, 2, 3]);

        Assert.Equal(["S62161A", "S62161S", "S62161D"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_HeaderOfAKeptCode_FollowsTheFirstFiveWithTheSequelaCodes()
    {
        var hits = new List<SearchHit>
        {
            Hit("S62161A", 9f), Hit("S62161S", 8f), Hit("S62164A", 7f), Hit("S62101A", 6f), Hit("S62161", 5f), Hit("S62101", 4f),
            Hit("S52501A", 3f), Hit("S52601A", 2f),
        };

        OneEncounter.Order("rt wrist fx", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(["S62161A", "S62164A", "S62101A", "S52501A", "S52601A", "S62161S", "S62161", "S62101"],
            hits.Select(h => h.Code.Code));
    }
}
