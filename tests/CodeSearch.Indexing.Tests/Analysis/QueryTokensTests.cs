using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Tests.Analysis;

public class QueryTokensTests
{
    private static string Show(string text) => string.Join(" ", QueryTokens.Analyze(text).Select(t => $"{t.Stemmed}/{t.Raw}"));

    [Fact]
    public void Analyze_Words_LowerCasedInOrder()
    {
        Assert.Equal("type/type 2/2 diabete/diabetes", Show("Type 2 Diabetes"));
    }

    [Fact]
    public void Analyze_Plural_StemmedFormAndRawFormDiffer()
    {
        Assert.Equal([new QueryToken("fracture", "fractures")], QueryTokens.Analyze("Fractures"));
    }

    [Fact]
    public void Analyze_NoStopWords_WithAndWithoutKept()
    {
        Assert.Equal("with/with without/without and/and the/the", Show("with without and the"));
    }

    [Fact]
    public void Analyze_AccentsAndPossessives_Normalised()
    {
        Assert.Equal("meniere/meniere", Show("Ménière"));
        Assert.Equal("crohn/crohn", Show("Crohn's"));
    }

    [Fact]
    public void Analyze_Punctuation_SplitsAndIsDropped()
    {
        Assert.Equal("x/x ray/ray", Show("x-ray"));
        Assert.Equal("", Show("*?~:()\"\\"));
        Assert.Equal("diab/diab", Show("diab*"));
    }

    [Fact]
    public void Analyze_CodeLikeToken_KeptWhole()
    {
        Assert.Equal("e11.9/e11.9", Show("E11.9"));
        Assert.Equal("j0696/j0696", Show("J0696"));
    }

    [Fact]
    public void Analyze_ManyWords_CappedAtMaxTokens()
    {
        var tokens = QueryTokens.Analyze(string.Join(' ', Enumerable.Range(1, 100).Select(i => $"w{i}")));

        Assert.Equal(QueryTokens.MaxTokens, tokens.Count);
        Assert.Equal("w1", tokens[0].Raw);
        Assert.Equal($"w{QueryTokens.MaxTokens}", tokens[^1].Raw);
    }

    [Fact]
    public void Analyze_Empty_NoTokens()
    {
        Assert.Empty(QueryTokens.Analyze(""));
        Assert.Empty(QueryTokens.Analyze("   "));
    }

    [Theory]
    [InlineData("Crohn's disease of the children's hips, x-ray")]
    [InlineData("Fractures of femora NOS")]
    [InlineData("")]
    public void StemList_AnalyzesStemmedColumnInOrder(string text)
    {
        Assert.Equal(QueryTokens.Analyze(text).Select(t => t.Stemmed), QueryTokens.StemList(text));
    }

    [Fact]
    public void StemList_ManyWords_CappedAtMaxTokens()
    {
        var text = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"w{i}"));

        Assert.Equal(QueryTokens.Analyze(text).Select(t => t.Stemmed), QueryTokens.StemList(text));
        Assert.Equal(QueryTokens.MaxTokens, QueryTokens.StemList(text).Count);
    }
}
