using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void Of_ValidSpan_ReturnsCoveredCharacters()
    {
        var span = new TextSpan(3, 8);

        Assert.Equal("chest", span.Of("No chest pain"));
        Assert.Equal(5, span.Length);
        Assert.False(span.IsEmpty);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void Constructor_InvalidBounds_Throws(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
    }

    [Fact]
    public void Contains_InnerAndOuterSpans_ReportsContainment()
    {
        var outer = new TextSpan(2, 10);

        Assert.True(outer.Contains(new TextSpan(2, 10)));
        Assert.True(outer.Contains(new TextSpan(4, 4)));
        Assert.False(outer.Contains(new TextSpan(1, 5)));
        Assert.False(outer.Contains(new TextSpan(9, 11)));
    }
}
