using CodeSearch.Core.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>How search reads a query before the word tiers (docs/search.md, 2a and 2b), on the bundled fixtures.</summary>
public class QueryReadingTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    [Fact]
    public void Search_LayTerm_ReadAsTheClinicalWordsAndSaysSo()
    {
        var page = Search("heart attack");

        Assert.Equal("myocardial infarction", page.UnderstoodAs);
        Assert.Equal("I219", page.Hits[0].Code.Code);
    }

    [Fact]
    public void Search_Misspelled_CorrectedToADescriptionWord()
    {
        var page = Search("type 2 diabetis ");

        Assert.Equal("type 2 diabetes", page.UnderstoodAs);
        Assert.StartsWith("E11", page.Hits[0].Code.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WordsOfTheDescriptions_SearchedAsWritten()
    {
        var page = Search("type 2 diabetes");

        Assert.Null(page.UnderstoodAs);
    }

    [Fact]
    public void Search_CodeShaped_NotRead()
    {
        var page = Search("E11.9");

        Assert.Null(page.UnderstoodAs);
        Assert.Equal(MatchKind.ExactCode, page.Hits[0].MatchKind);
    }

    private SearchPage Search(string text) =>
        fixture.Index.Search(new SearchScope(fixture.Index.Releases.Select(r => r.Release).ToList(), false, new DateOnly(2026, 2, 1)), text, 0, 10);
}
