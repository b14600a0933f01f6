using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Matching;

public class TermParserTests
{
    private static (string[] Required, string[] Optional) Parse(string text)
    {
        var parsed = TermParser.Parse(text);
        return (parsed.Required.ToArray(), parsed.Optional.ToArray());
    }

    [Fact]
    public void Parse_Parentheses_NonessentialModifierOptional()
    {
        var (required, optional) = Parse("Essential (primary) hypertension");

        Assert.Equal(["essential", "hypertension"], required);
        Assert.Equal(["primary"], optional);
    }

    [Fact]
    public void Parse_SquareBrackets_Optional()
    {
        var (required, optional) = Parse("Pneumonia [bronchopneumonia] due to streptococcus");

        Assert.Equal(["pneumonia", "streptococcus"], required);
        Assert.Equal(["bronchopneumonia"], optional);
    }

    [Fact]
    public void Parse_WithoutTail_Optional()
    {
        var (required, optional) = Parse("Type 2 diabetes mellitus without complications");

        Assert.Equal(["type", "2", "diabetes", "mellitus"], required);
        Assert.Equal(["complications"], optional);
    }

    [Fact]
    public void Parse_WithoutTail_EndsAtComma()
    {
        var (required, optional) = Parse("Asthma without status asthmaticus, severe");

        Assert.Equal(["asthma", "severe"], required);
        Assert.Equal(["status", "asthmaticus"], optional);
    }

    [Fact]
    public void Parse_UnspecifiedSegment_Optional()
    {
        var (required, optional) = Parse("Chest pain, unspecified");

        Assert.Equal(["chest", "pain"], required);
        Assert.Equal(["unspecified"], optional);
    }

    [Fact]
    public void Parse_InitialEncounter_Dropped()
    {
        var (required, optional) = Parse("Fracture of shaft of right femur, initial encounter for closed fracture");

        Assert.Equal(["fracture", "shaft", "right", "femur"], required);
        Assert.Empty(optional);
    }

    [Theory]
    [InlineData("Fracture of shaft of right femur, subsequent encounter for closed fracture with routine healing")]
    [InlineData("Fracture of shaft of right femur, sequela")]
    public void Parse_OtherEncounters_DroppedSoVariantsTie(string text)
    {
        var initial = Parse("Fracture of shaft of right femur, initial encounter for closed fracture");

        var (required, optional) = Parse(text);

        Assert.Equal(initial.Required, required);
        Assert.Equal(initial.Optional, optional);
    }

    [Fact]
    public void Parse_Other_Required()
    {
        var (required, _) = Parse("Other chest pain");

        Assert.Equal(["other", "chest", "pain"], required);
    }

    [Fact]
    public void Parse_OthAbbreviation_RequiredAsOther()
    {
        var (required, _) = Parse("Oth chest pain");

        Assert.Equal(["other", "chest", "pain"], required);
    }

    [Fact]
    public void Parse_OtherInsideParentheses_NotRequired()
    {
        var (required, optional) = Parse("Gastritis (other)");

        Assert.Equal(["gastritis"], required);
        Assert.DoesNotContain("other", optional);
    }

    [Fact]
    public void Parse_SiteNotSpecified_Optional()
    {
        var (required, optional) = Parse("Urinary tract infection, site not specified");

        Assert.Equal(["urinary", "tract", "infection"], required);
        Assert.Equal(["site", "specified"], optional);
    }

    [Fact]
    public void Parse_UnspecifiedThenGenericNoun_BothOptional()
    {
        var (required, optional) = Parse("Pressure ulcer of unspecified site");

        Assert.Equal(["pressure", "ulcer"], required);
        Assert.Equal(["unspecified", "site"], optional);
    }

    [Fact]
    public void Parse_UnspecifiedThenSpecificNoun_NounRequired()
    {
        var (required, optional) = Parse("Fracture of unspecified femur");

        Assert.Equal(["fracture", "femur"], required);
        Assert.Equal(["unspecified"], optional);
    }

    [Theory]
    [InlineData("Arthropathy, not elsewhere classified")]
    [InlineData("Arthropathy, NOS")]
    [InlineData("Arthropathy, NEC")]
    public void Parse_DefaultQualifiers_Optional(string text)
    {
        var (required, _) = Parse(text);

        Assert.Equal(["arthropathy"], required);
    }

    // Real FY2026 titles with the qualifier in the same comma segment as the condition (207 such titles).
    [Theory]
    [InlineData("Autonomic neuropathy in diseases classified elsewhere", new[] { "autonomic", "neuropathy" })]
    [InlineData("Enterococcus as the cause of diseases classified elsewhere", new[] { "enterococcus" })]
    public void Parse_ClassifiedElsewhereWithoutComma_ConditionStaysRequired(string text, string[] expected)
    {
        var (required, _) = Parse(text);

        Assert.All(expected, w => Assert.Contains(w, required));
        Assert.DoesNotContain("elsewhere", required);
    }

    [Fact]
    public void Parse_StopWords_Dropped()
    {
        var (required, optional) = Parse("Malignant neoplasm of the upper lobe and the bronchus");

        Assert.Equal(["malignant", "neoplasm", "upper", "lobe", "bronchus"], required);
        Assert.Empty(optional);
    }

    [Fact]
    public void Parse_Uncomplicated_Optional()
    {
        var (required, optional) = Parse("Alcohol abuse, uncomplicated");

        Assert.Equal(["alcohol", "abuse"], required);
        Assert.Equal(["uncomplicated"], optional);
    }
}
