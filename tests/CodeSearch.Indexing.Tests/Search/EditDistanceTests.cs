using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

public class EditDistanceTests
{
    [Theory]
    [InlineData("pnuemonia", "pneumonia", 1)]
    [InlineData("migrane", "migraine", 1)]
    [InlineData("diabetis", "diabetes", 1)]
    [InlineData("athsma", "asthma", 2)]
    [InlineData("asthma", "asthma", 0)]
    [InlineData("lactocele", "rectocele", 2)]
    public void Of_Words_OptimalStringAlignmentDistance(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Of(a, b));

    [Theory]
    [InlineData("pnuemonia", "pneumonia")]
    [InlineData("athsma", "asthma")]
    [InlineData("lactocele", "rectocele")]
    [InlineData("abc", "abcdef")]
    [InlineData("", "ab")]
    [InlineData("fracture", "frcature")]
    [InlineData("ca", "abc")]
    public void AtMost_Words_SameAsOfUpToTheBound(string a, string b)
    {
        for (var max = 0; max <= 3; max++)
        {
            Assert.Equal(Math.Min(EditDistance.Of(a, b), max + 1), EditDistance.AtMost(a, b, max));
        }
    }
}
