using CodeSearch.Core.Reference;

namespace CodeSearch.Core.Tests.Reference;

/// <summary>Which codes a code reference printed in a note names.</summary>
public class CodeReferenceTests
{
    [Theory]
    [InlineData("E08", true)]
    [InlineData("E089", true)]
    [InlineData("E0810", true)]
    [InlineData("E09", false)]
    [InlineData("E0", false)]
    [InlineData("E109", false)]
    public void Covers_Prefix_TheCodeAndEverythingUnderIt(string code, bool expected)
    {
        Assert.Equal(expected, new CodeReference("E08", "E08", IsPrefix: true).Covers(code));
    }

    [Theory]
    [InlineData("Z794", true)]
    [InlineData("Z7941", false)]
    [InlineData("Z79", false)]
    public void Covers_ExactCode_OnlyThatCode(string code, bool expected)
    {
        Assert.Equal(expected, new CodeReference("Z794", "Z794", IsPrefix: false).Covers(code));
    }

    [Theory]
    [InlineData("E08", true)]
    [InlineData("E089", true)]
    [InlineData("E11", true)]
    [InlineData("E11641", true)]
    [InlineData("E13", true)]
    [InlineData("E139", true)]
    [InlineData("E07", false)]
    [InlineData("E079", false)]
    [InlineData("E15", false)]
    [InlineData("F11", false)]
    public void Covers_CategoryRange_AnyCodeWhoseCategoryFallsInIt(string code, bool expected)
    {
        Assert.Equal(expected, new CodeReference("E08", "E13", IsPrefix: true).Covers(code));
    }

    [Theory]
    [InlineData("E080", true)]
    [InlineData("E0810", true)]
    [InlineData("E089", true)]
    [InlineData("E08", false)]
    [InlineData("E10", false)]
    public void Covers_SubcategoryRange_ComparedAtTheRangeLength(string code, bool expected)
    {
        Assert.Equal(expected, new CodeReference("E080", "E089", IsPrefix: true).Covers(code));
    }
}
