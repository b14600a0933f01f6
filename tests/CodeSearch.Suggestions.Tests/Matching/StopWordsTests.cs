using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Matching;

public class StopWordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("with")]
    [InlineData("without")]
    [InlineData("and")]
    [InlineData("patient")]
    [InlineData("pt")]
    [InlineData("not")]
    public void Contains_FunctionWords_True(string word) => Assert.True(StopWords.Contains(word));

    [Theory]
    [InlineData("pain")]
    [InlineData("diabetes")]
    [InlineData("type")]
    [InlineData("left")]
    [InlineData("2")]
    [InlineData("unspecified")]
    public void Contains_ContentWords_False(string word) => Assert.False(StopWords.Contains(word));

    [Fact]
    public void Contains_IsCaseSensitive_ExpectsFoldedWords() => Assert.False(StopWords.Contains("The"));
}
