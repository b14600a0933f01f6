using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The consonant test that tells a real word from a slip (docs/search.md, "A real word is not respelled").</summary>
public class RealWordTests
{
    [Theory]
    [InlineData("limping", "living")]
    [InlineData("drooling", "drowning")]
    public void ConsonantChanged_AConsonantTurnedIntoAnother_True(string word, string correction) =>
        Assert.True(QueryReader.ConsonantChanged(word, correction));

    [Theory]
    [InlineData("bleeing", "bleeding")]     // a letter dropped
    [InlineData("vomitting", "vomiting")]   // a letter doubled
    [InlineData("artial", "atrial")]        // neighbours swapped
    [InlineData("diabetis", "diabetes")]    // a vowel mixed up
    [InlineData("alopesia", "alopecia")]    // the same sound, another letter
    [InlineData("sciadica", "sciatica")]    // a voiced consonant for its unvoiced twin
    [InlineData("alergies", "allergy")]     // a plural against a singular
    public void ConsonantChanged_ASlip_False(string word, string correction) =>
        Assert.False(QueryReader.ConsonantChanged(word, correction));
}
