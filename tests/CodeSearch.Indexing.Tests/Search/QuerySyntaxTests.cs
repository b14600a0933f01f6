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
    public void Search_AndOperator_IsAPlainStopWord()
    {
        // As Lucene syntax, "pain AND chest" would be a conjunction; as words it is "pain", "chest" and the stop word
        // "and", which is not required but ranks first the one description that has it: the header "Pain in throat
        // and chest", which then gives way to its reportable unspecified code (UnspecifiedChild) and, its codes being
        // listed, follows them (HeaderAfterChildren).
        var hits = fixture.Search("pain AND chest");

        Assert.Equal("icd10cm:R079", Key(hits[0]));
        Assert.Contains("icd10cm:R07", hits.Skip(1).Select(Key));
        Assert.Equal(fixture.Search("pain and chest").Select(Key), hits.Select(Key));
        Assert.Equal(fixture.Search("pain chest").Select(Key).Order(), hits.Select(Key).Order());
    }

    [Fact]
    public void Search_NotOperator_IsAPlainWordNotAnExclusion()
    {
        // No description holds "not" and "diabetes": the diabetes codes come from the relaxed tier, not excluded.
        var hits = fixture.Search("NOT diabetes");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("diabetes", h.Code.Description, StringComparison.OrdinalIgnoreCase));
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
        Assert.DoesNotContain(fixture.Search("di?betes"), h => h.Code.Description.Contains("iabetes", StringComparison.Ordinal));
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
