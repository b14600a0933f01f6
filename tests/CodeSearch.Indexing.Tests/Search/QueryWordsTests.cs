using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Which query words a code must hold.</summary>
public class QueryWordsTests
{
    [Theory]
    [InlineData("migraine disorder", 1)]
    [InlineData("kabuki syndrome ", 1)]
    [InlineData("liver diseases ", 1)]
    public void IsRequired_WeakWordTypedInFull_NotRequired(string text, int weak)
    {
        var words = QueryWords.Of(text)!;

        Assert.False(words.IsRequired(weak));
        Assert.True(words.IsWeak(weak));
        Assert.True(words.IsRequired(0));
        Assert.Contains(weak, words.Content); // it still scores and counts as a content word
    }

    [Fact]
    public void IsRequired_OnlyWeakWords_Required()
    {
        var words = QueryWords.Of("disease ")!;

        Assert.True(words.IsRequired(0));
    }

    [Fact]
    public void IsRequired_WeakWordBeingTyped_Required()
    {
        // "dis" is a start of many words, not the weak word.
        var words = QueryWords.Of("migraine dis")!;

        Assert.True(words.IsRequired(1));
        Assert.False(words.IsWeak(1));
    }

    [Theory]
    [InlineData("autosomal dominant nonsyndromic deafness ", 0)]
    [InlineData("autosomal dominant nonsyndromic deafness ", 1)]
    [InlineData("autosomal recessive ichthyosis ", 1)]
    [InlineData("x-linked ichthyosis ", 1)]
    public void IsRequired_InheritanceWord_WeakNotRequired(string text, int inheritance)
    {
        // Before: "autosomal" and "dominant" were required rare words and made "Autosomal dominant hypocalcemia" a
        // relaxed candidate above every code of the deafness.
        var words = QueryWords.Of(text)!;

        Assert.True(words.IsWeak(inheritance));
        Assert.False(words.IsRequired(inheritance));
        Assert.True(words.IsRequired(words.Tokens.Count - 1));
    }
}
