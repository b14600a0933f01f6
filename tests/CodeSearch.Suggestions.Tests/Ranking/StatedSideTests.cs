using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Tests.Support;

namespace CodeSearch.Suggestions.Tests.Ranking;

/// <summary>An "unspecified side" code becomes the stated side's sibling (Ranking/StatedSide), through the engine over a
/// small hand-made release.</summary>
public class StatedSideTests
{
    private static readonly FakeIndex Index = HemiparesisRelease.Index();

    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty);

    private static List<string> Codes(string text) =>
        Engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), text, CancellationToken.None)
            .Select(c => c.Code.Code).ToList();

    [Theory]
    [InlineData("Right hemiparesis following cerebral infarction.", "I69351")]
    [InlineData("Left hemiparesis following cerebral infarction.", "I69354")]
    [InlineData("Right non-dominant hemiparesis following cerebral infarction.", "I69353")]
    public void Candidates_SideStated_SiblingForThatSideWithDefaultDominance(string text, string expected)
    {
        var codes = Codes(text);

        Assert.Contains(expected, codes);
        Assert.DoesNotContain("I69359", codes);
    }

    [Fact]
    public void Candidates_RightHemiparesis_NeverALeftSideCode() =>
        Assert.DoesNotContain(Codes("Right hemiparesis following cerebral infarction."), c => c is "I69352" or "I69354");

    [Fact]
    public void Candidates_NoSideStated_UnspecifiedSideKept() =>
        Assert.Contains("I69359", Codes("Hemiparesis following cerebral infarction."));

    [Fact]
    public void ChildrenOf_Parent_ItsCodesInDictionaryOrder()
    {
        var dictionary = TestCodes.Dictionary([
            TestCodes.Icd("I6935", "Hemiplegia following cerebral infarction", billable: false),
            TestCodes.Icd("I69359", "Hemiplegia affecting unspecified side", parent: "I6935"),
            TestCodes.Icd("I6934", "Monoplegia following cerebral infarction", billable: false),
            TestCodes.Icd("I69351", "Hemiplegia affecting right dominant side", parent: "I6935"),
            TestCodes.Icd("I69341", "Monoplegia affecting right dominant side", parent: "I6934"),
            TestCodes.Icd("I69352", "Hemiplegia affecting left dominant side", parent: "I6935"),
        ]);

        Assert.Equal(["I69359", "I69351", "I69352"], CodeSearch.Suggestions.Ranking.StatedSide.ChildrenOf(dictionary, "I6935").Select(c => c.Code));
        Assert.Equal(["I69341"], CodeSearch.Suggestions.Ranking.StatedSide.ChildrenOf(dictionary, "I6934").Select(c => c.Code));
        Assert.Empty(CodeSearch.Suggestions.Ranking.StatedSide.ChildrenOf(dictionary, "I693"));
    }
}
