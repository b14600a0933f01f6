using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A code whose places before the 7th character are "X" placeholders is the 7th-character child of the shorter code.</summary>
public class SeventhCharacterPlaceholderTests
{
    private static MedicalCode Code(string code, string? parent, bool billable = true) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = code, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026", ParentCode = parent,
    };

    // S80.12 Contusion of left lower leg: its children are S80.12XA, S80.12XD, S80.12XS (parent S80.12, no S80.12X).
    private static readonly Dictionary<string, MedicalCode[]> Tree = new()
    {
        ["S8012"] = [Code("S8012XA", "S8012"), Code("S8012XD", "S8012"), Code("S8012XS", "S8012")],
        ["S801"] = [Code("S8011", "S801", billable: false), Code("S8012", "S801", billable: false)],
    };

    private static IReadOnlyList<MedicalCode> Children(MedicalCode code) => Tree.GetValueOrDefault(code.Code, []);

    [Fact]
    public void Complete_PlaceholderHeader_InitialEncounterChildAddedBeforeIt()
    {
        var hits = new List<SearchHit> { new(Code("S8012", "S801", billable: false), 10f, MatchKind.Text) };
        var docs = new List<int> { 1 };

        SeventhCharacter.Complete(hits, docs, "bruised left shin", Children, _ => 7);

        Assert.Equal(["S8012XA", "S8012"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Complete_PlaceholderSiblingWithAnotherCharacter_TheOneAskedForFirst()
    {
        var hits = new List<SearchHit> { new(Tree["S8012"][2], 10f, MatchKind.Text), new(Tree["S8012"][0], 9f, MatchKind.Text) };
        var docs = new List<int> { 1, 2 };

        SeventhCharacter.Complete(hits, docs, "contusion of left lower leg", Children, null);

        Assert.Equal(["S8012XA", "S8012XS"], hits.Select(h => h.Code.Code));
        Assert.Equal([10f, 9f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Complete_ShorterParentWithoutPlaceholders_NotASeventhCharacterChild()
    {
        var kids = new Dictionary<string, MedicalCode[]> { ["S9340"] = [Code("S934021", "S9340")] };
        var hits = new List<SearchHit> { new(Code("S9340", "S934", billable: false), 10f, MatchKind.Text) };

        SeventhCharacter.Complete(hits, [1], "left ankle sprain", c => kids.GetValueOrDefault(c.Code, []), null);

        Assert.Equal(["S9340"], hits.Select(h => h.Code.Code));
    }
}
