using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>User text is never parsed as Lucene query syntax: operators and special characters are plain text.</summary>
public class QuerySyntaxTests(FixtureIndex fixture) : IClassFixture<FixtureIndex>
{
    private static string Key(SearchHit hit) => $"{hit.Code.System.Key()}:{hit.Code.Code}";

    [Theory]
    [InlineData("diabetes AND")]
    [InlineData("\"")]
    [InlineData("\"diabetes")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("~")]
    [InlineData(":")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("NOT")]
    [InlineData("\\")]
    [InlineData("[1 TO 9]")]
    [InlineData("{")]
    [InlineData("^2")]
    [InlineData("+-&&||!")]
    [InlineData("/regex/")]
    [InlineData("desc:diabetes")]
    [InlineData("diab*")]
    [InlineData("diabetes~2")]
    [InlineData("E11*")]
    public void Search_LuceneSyntax_NeverThrows(string query)
    {
        var page = fixture.Index.Search(fixture.Scope(), query, 0, 20);

        Assert.NotNull(page.Hits);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("~")]
    [InlineData(":")]
    [InlineData("(")]
    [InlineData("\"")]
    [InlineData("\\")]
    public void Search_OnlySpecialCharacters_NoResultsRatherThanEverything(string query)
    {
        Assert.Empty(fixture.Search(query));
    }

    [Fact]
    public void Search_AndOperator_IsARequiredPlainWord()
    {
        // As Lucene syntax, "pain AND chest" would match every description with both words (R07.x);
        // as words it also needs "and", which only "Pain in throat and chest" has.
        Assert.Equal(["icd10cm:R07"], fixture.Search("pain AND chest").Select(Key));
        Assert.Equal(fixture.Search("pain and chest").Select(Key), fixture.Search("pain AND chest").Select(Key));
        Assert.Empty(fixture.Search("diabetes AND"));
    }

    [Fact]
    public void Search_NotOperator_IsARequiredPlainWordNotAnExclusion()
    {
        Assert.Empty(fixture.Search("NOT diabetes"));
        var withType = fixture.Search("diabetes type").Select(Key).ToList();
        Assert.NotEmpty(withType);
        Assert.Equal(withType, fixture.Search("diabetes -type").Select(Key));
        Assert.Equal(withType, fixture.Search("diabetes +type").Select(Key));
    }

    [Fact]
    public void Search_Wildcard_NotExpanded()
    {
        // "diab*" ends in punctuation, so "diab" is a complete word: nothing has it.
        Assert.Empty(fixture.Search("diab*"));
        Assert.Empty(fixture.Search("di?betes"));
        Assert.Equal(fixture.Search("type 2 diabetes").Select(Key), fixture.Search("\"type 2 diabetes").Select(Key));
    }

    [Fact]
    public void Search_FieldSyntax_NotAField()
    {
        Assert.Empty(fixture.Search("desc:diabetes"));
        Assert.Empty(fixture.Search("code:E119"));
    }

    [Fact]
    public void Search_VeryLongText_Answers()
    {
        var text = string.Join(' ', Enumerable.Repeat("diabetes", 200));

        var hits = fixture.Search(text);

        Assert.Equal(fixture.Search("diabetes").Select(Key).Order(), hits.Select(Key).Order());
    }
}
