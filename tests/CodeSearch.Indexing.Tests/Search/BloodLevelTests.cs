using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A level word beside a blood substance read as the titles' one word (docs/search.md, "A level word beside a substance").</summary>
public class BloodLevelTests
{
    // The fixture's title words: what a small index would hold.
    private static readonly HashSet<string> Held = ["hypomagnesemia", "hypercalcemia", "hypokalemia", "hypoglycemia"];

    private static string? Read(string text) => QueryReader.ReadBloodLevels(text, Held.Contains);

    [Theory]
    [InlineData("low mg", "hypomagnesemia")]
    [InlineData("hyper ca", "hypercalcemia")]
    [InlineData("elevated calcium level", "hypercalcemia")]      // a following "level" goes with it
    [InlineData("low blood sugar", "hypoglycemia")]              // a "blood" between
    [InlineData("k low", "hypokalemia")]                         // the level word after the substance, last
    [InlineData("low mg in pregnancy", "hypomagnesemia in pregnancy")]
    public void ReadBloodLevels_LevelBesideSubstance_TheTitlesWord(string text, string expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("low na")]              // hyponatremia: no title in the fixture holds it
    [InlineData("low mg diet")]         // food, not a blood level
    [InlineData("ca high grade")]       // the level word after the substance only when it ends the query
    [InlineData("low back pain")]       // no substance
    [InlineData("hypo")]
    public void ReadBloodLevels_NoHeldLevelWord_Unchanged(string text) =>
        Assert.Null(Read(text));
}
