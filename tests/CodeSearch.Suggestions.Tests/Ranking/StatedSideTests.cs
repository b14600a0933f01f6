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
}
