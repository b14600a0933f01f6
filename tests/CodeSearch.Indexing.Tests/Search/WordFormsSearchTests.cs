using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>British spellings, neoplasm names and extra words over codes titled the American way.</summary>
public class WordFormsSearchTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    [Theory]
    [InlineData("anaemia", "D649")]
    [InlineData("anaemia ", "D649")]
    [InlineData("anaem", "D649")]
    [InlineData("localised oedema", "R600")]
    [InlineData("localised oedema ", "R600")]
    [InlineData("persistent foetal circulation", "P293")]
    [InlineData("gastrointestinal haemorrhage", "K922")]
    [InlineData("gastrointestinal haem", "K922")]
    public void Search_BritishSpelling_FindsTheAmericanTitle(string query, string code)
    {
        Assert.Equal(code, fixture.Search(query)[0].Code.Code);
    }

    [Theory]
    [InlineData("prostate cancer", "C61")]
    [InlineData("cancer of the prostate", "C61")]
    [InlineData("carcinoma of prostate ", "C61")]
    [InlineData("prostate tumour", "C61")]
    [InlineData("malignant tumor of esophagus", "C159")]
    [InlineData("oesophageal cancer", "C159")]
    public void Search_CommonNameOfANeoplasm_FindsTheNeoplasmTitle(string query, string code)
    {
        Assert.Equal(code, fixture.Search(query)[0].Code.Code);
    }

    [Theory]
    [InlineData("anaemia type 11", "D649")]
    [InlineData("localized edema of unknown cause", "R600")]
    [InlineData("persistent fetal circulation syndrome", "P293")]
    public void Search_ExtraWordsNoTitleHolds_TheCodeOfTheOtherWordsFirst(string query, string code)
    {
        Assert.Equal(code, fixture.Search(query)[0].Code.Code);
    }

    [Fact]
    public void Search_BritishSpelling_ProvenanceNotNeededForTheTitle()
    {
        Assert.Null(fixture.Search("localised oedema")[0].MatchedSynonym);
    }
}
