using CodeSearch.Server.Mapping;
using CodeSearch.Suggestions.Sections;
using DomainAssertion = CodeSearch.Suggestions.Assertion.AssertionKind;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Tests.Mapping;

public class SuggestionEnumMapperTests
{
    [Theory]
    [InlineData(SectionKind.Unknown, "unknown")]
    [InlineData(SectionKind.Assessment, "assessment")]
    [InlineData(SectionKind.FamilyHistory, "family_history")]
    [InlineData(SectionKind.HistoryOfPresentIllness, "history_of_present_illness")]
    [InlineData(SectionKind.AssessmentAndPlan, "assessment_and_plan")]
    [InlineData((SectionKind)999, "unknown")]
    public void SectionName_Kind_SnakeCase(SectionKind kind, string expected) =>
        Assert.Equal(expected, SuggestionEnumMapper.SectionName(kind));

    [Fact]
    public void SectionName_EveryKind_LowerCaseLettersAndUnderscoresOnly() =>
        Assert.All(Enum.GetValues<SectionKind>(), kind => Assert.Matches("^[a-z]+(_[a-z]+)*$", SuggestionEnumMapper.SectionName(kind)));

    [Fact]
    public void ToProto_EveryAssertion_ItsOwnSpecifiedValue()
    {
        var mapped = Enum.GetValues<DomainAssertion>().Select(SuggestionEnumMapper.ToProto).ToList();

        Assert.DoesNotContain(Proto.Assertion.Unspecified, mapped);
        Assert.Equal(mapped.Count, mapped.Distinct().Count());
        Assert.Equal(Proto.Assertion.Negated, SuggestionEnumMapper.ToProto(DomainAssertion.Negated));
        Assert.Equal(Proto.Assertion.Family, SuggestionEnumMapper.ToProto(DomainAssertion.Family));
    }
}
