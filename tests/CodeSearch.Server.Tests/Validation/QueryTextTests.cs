using CodeSearch.Core.Search;
using CodeSearch.Server.Validation;

namespace CodeSearch.Server.Tests.Validation;

public class QueryTextTests
{
    [Theory]
    [InlineData("Type 2 Diabetes", "type 2 diabetes")]
    [InlineData("  type \t 2\n\ndiabetes", "type 2 diabetes")]
    [InlineData("type 2 diabetes   ", "type 2 diabetes ")] // a trailing space means the last word is complete
    [InlineData("E11.9", "e11.9")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Normalize_Text_LowerCaseWithSingleSpaces(string text, string expected)
    {
        Assert.Equal(expected, QueryText.Normalize(text));
    }
}
