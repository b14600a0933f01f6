using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A code that needs its 7th character is listed as the child with the character the query asks for.</summary>
public class SeventhCharacterTests
{
    private static MedicalCode Code(string code, bool billable = true) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = code, Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable,
        ReleaseId = "FY2026", ParentCode = billable && code.Length == 7 ? code[..6] : null,
    };

    private static readonly Dictionary<string, MedicalCode[]> Tree = new()
    {
        ["S93402"] = [Code("S93402A"), Code("S93402D"), Code("S93402S")],
        ["S62101"] = [Code("S62101A"), Code("S62101B"), Code("S62101D"), Code("S62101G"), Code("S62101S")],
        ["O321XX"] = [Code("O321XX0"), Code("O321XX1"), Code("O321XX9")],
        ["S9340"] = [Code("S93401", billable: false), Code("S93402", billable: false)],
        // Placeholder X: the parent of S2239XA is S2239, of S022XXA S022.
        ["S2239"] = [Code("S2239XA") with { ParentCode = "S2239" }, Code("S2239XD") with { ParentCode = "S2239" }, Code("S2239XS") with { ParentCode = "S2239" }],
        ["S022"] = [Code("S022XXA") with { ParentCode = "S022" }, Code("S022XXB") with { ParentCode = "S022" }, Code("S022XXS") with { ParentCode = "S022" }],
    };

    private static IReadOnlyList<MedicalCode> Children(MedicalCode code) => Tree.GetValueOrDefault(code.Code, []);

    private static List<SearchHit> Hits(params MedicalCode[] codes) => codes.Select((c, i) => new SearchHit(c, 10f - i, MatchKind.Text)).ToList();

    [Theory]
    [InlineData("left ankle sprain", "S93402A")]
    [InlineData("left ankle sprain subsequent encounter", "S93402D")]
    [InlineData("sprain left ankle sequela", "S93402S")]
    public void Complete_HeaderNeedingItsSeventhCharacter_ChildAskedForAddedBeforeIt(string query, string expected)
    {
        var hits = Hits(Code("S93402", billable: false), Code("S9340", billable: false));
        var docs = new List<int> { 1, 2 };

        SeventhCharacter.Complete(hits, docs, query, Children, _ => 7);

        Assert.Equal([expected, "S93402", "S9340"], hits.Select(h => h.Code.Code));
        Assert.Equal([10f, 10f, 9f], hits.Select(h => h.Score));
        Assert.Equal([7, 1, 2], docs);
    }

    [Fact]
    public void Complete_ChildListedFurtherDown_MovedUpScoresKeptByPosition()
    {
        var hits = Hits(Code("S93402", billable: false), Code("S9340", billable: false), Code("S93402A"));
        var docs = new List<int> { 1, 2, 3 };

        SeventhCharacter.Complete(hits, docs, "left ankle sprain", Children, null);

        Assert.Equal(["S93402A", "S93402", "S9340"], hits.Select(h => h.Code.Code));
        Assert.Equal([10f, 9f, 8f], hits.Select(h => h.Score));
        Assert.Equal([3, 1, 2], docs);
    }

    [Fact]
    public void Complete_SequelaWithPlaceholders_InitialEncounterSiblingFirst()
    {
        // In the release T67.02XS's parent is T67.02: the placeholder X fills the sixth character.
        MedicalCode Seventh(string code) => Code(code) with { ParentCode = "T6702" };
        var kids = new[] { Seventh("T6702XA"), Seventh("T6702XD"), Seventh("T6702XS") };
        var hits = Hits(kids[2], Code("T6701", billable: false));

        SeventhCharacter.Complete(hits, [1, 2], "heatstroke", c => c.Code == "T6702" ? kids : [], null);

        Assert.Equal("T6702XA", hits[0].Code.Code);
    }

    [Fact]
    public void Complete_HeaderWithPlaceholderChildren_ChildAskedForAdded()
    {
        var header = Code("T6702", billable: false);
        var kids = new[] { Code("T6702XA") with { ParentCode = "T6702" }, Code("T6702XS") with { ParentCode = "T6702" } };
        var hits = Hits(header);

        SeventhCharacter.Complete(hits, [1], "exertional heatstroke", c => c.Code == "T6702" ? kids : [], null);

        Assert.Equal(["T6702XA", "T6702"], hits.Select(h => h.Code.Code));
    }

    [Theory]
    [InlineData("fracture of right wrist initial encounter", "S62101A")]
    [InlineData("open fracture of right wrist", "S62101B")]
    public void Complete_SiblingWithAnotherCharacter_TheOneAskedForFirst(string query, string expected)
    {
        var hits = Hits(Code("S62101B"), Code("S62101A"));
        var docs = new List<int> { 1, 2 };

        SeventhCharacter.Complete(hits, docs, query, Children, null);

        Assert.Equal(expected, hits[0].Code.Code);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void Complete_SequelaOfAPlaceholderCode_InitialEncounterSiblingFirst()
    {
        var hits = Hits(Code("S2239XS") with { ParentCode = "S2239" }, Code("S223", billable: false));
        var docs = new List<int> { 1, 2 };

        SeventhCharacter.Complete(hits, docs, "fracture of one rib", Children, _ => 7);

        Assert.Equal(["S2239XA", "S2239XS", "S223"], hits.Select(h => h.Code.Code));
    }

    [Theory]
    [InlineData("nasal fracture", "S022XXA")]
    [InlineData("open nasal fracture", "S022XXB")]
    public void Complete_HeaderShorterThanSix_ChildPaddedWithX(string query, string expected)
    {
        var hits = Hits(Code("S022", billable: false));

        SeventhCharacter.Complete(hits, [1], query, Children, _ => 7);

        Assert.Equal(expected, hits[0].Code.Code);
    }

    [Fact]
    public void IsSeventh_ChildWithoutThePlaceholder_NotASeventhCharacterChild()
    {
        Assert.True(SeventhCharacter.IsSeventh(Code("S2239XA"), Code("S2239", billable: false)));
        Assert.False(SeventhCharacter.IsSeventh(Code("S22391A"), Code("S2239", billable: false)));
        Assert.False(SeventhCharacter.IsSeventh(Code("S2239XA"), Code("S2", billable: false)));
    }

    [Fact]
    public void Complete_DigitCharacter_TheFirstZero()
    {
        var hits = Hits(Code("O321XX", billable: false));

        SeventhCharacter.Complete(hits, [1], "breech presentation", Children, null);

        Assert.Equal("O321XX0", hits[0].Code.Code);
    }

    [Fact]
    public void Complete_HeaderOfCodesWithMoreCharacters_LeftAlone()
    {
        var hits = Hits(Code("S9340", billable: false));

        SeventhCharacter.Complete(hits, [1], "ankle sprain", Children, null);

        Assert.Equal("S9340", hits[0].Code.Code);
    }

    [Fact]
    public void Complete_CodeMatch_NeverMoves()
    {
        var hits = new List<SearchHit> { new(Code("S93402", billable: false), 1000f, MatchKind.ExactCode) };

        SeventhCharacter.Complete(hits, [1], "S93.402", Children, null);

        Assert.Equal("S93402", hits[0].Code.Code);
    }
}
