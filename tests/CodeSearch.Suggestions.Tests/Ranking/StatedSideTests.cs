using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Ranking;

/// <summary>An "unspecified side" code becomes the stated side's sibling (Ranking/StatedSide), through the engine over a
/// small hand-made release.</summary>
public class StatedSideTests
{
    private const string Stem = "Hemiplegia and hemiparesis following cerebral infarction affecting ";

    private static readonly FakeIndex Index = new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("I6935", "Hemiplegia and hemiparesis following cerebral infarction", billable: false, order: 1))
        .WithCode(Icd("I69351", Stem + "right dominant side", parent: "I6935", order: 2))
        .WithCode(Icd("I69352", Stem + "left dominant side", parent: "I6935", order: 3))
        .WithCode(Icd("I69353", Stem + "right non-dominant side", parent: "I6935", order: 4))
        .WithCode(Icd("I69354", Stem + "left non-dominant side", parent: "I6935", order: 5))
        .WithCode(Icd("I69359", Stem + "unspecified side", parent: "I6935", order: 6));

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
