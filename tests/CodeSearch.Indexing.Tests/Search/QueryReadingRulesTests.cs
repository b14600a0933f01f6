using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The general reading rules of docs/search.md over a few hand-written titles.</summary>
public class QueryReadingRulesTests(QualityFixtureIndex fixture) : IClassFixture<QualityFixtureIndex>
{
    [Fact]
    public void Search_NumberNoTitleHoldsWithTheOtherWords_NoCodeFoundByTheNumberAlone()
    {
        var codes = fixture.Codes("pigmentary dystrophy 45 ");

        Assert.Equal("H3552", codes[0]);
        Assert.DoesNotContain("Q960", codes);
    }

    [Theory]
    [InlineData("penile cancer", "C609")]
    [InlineData("penile cancer ", "C609")]
    [InlineData("cancer of the penis", "C609")]
    public void Search_BodyPartAdjective_FindsTheTitleNamingTheOrgan(string query, string code)
    {
        Assert.Equal(code, fixture.Codes(query)[0]);
    }

    [Fact]
    public void Search_InflammationWord_DoesNotMatchTheOrgan()
    {
        Assert.DoesNotContain("I495", fixture.Codes("frontal sinusitis "));
    }

    [Fact]
    public void Search_OrganAdjective_DoesNotMatchItsInflammation()
    {
        var codes = fixture.Codes("pancreatic calcification ");

        Assert.Contains("K8681", codes);
        Assert.DoesNotContain("K860", codes);
    }
}
