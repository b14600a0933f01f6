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

    [Theory]
    [InlineData("mucopolysaccharidosis type 2 ", "E761")]
    [InlineData("mucopolysaccharidosis type ii ", "E761")]
    [InlineData("von willebrand disease type iia ", "D68020")]
    [InlineData("von willebrand disease type iib", "D68021")]
    public void Search_TypeNumberWrittenTheOtherWay_FindsTheType(string query, string code)
    {
        Assert.Equal(code, fixture.Codes(query)[0]);
    }

    [Theory]
    [InlineData("hmsn1", "G600")]
    [InlineData("hmsn-2a ", "G600")]
    [InlineData("vwd2b", "D68021")]
    public void Search_SeriesAbbreviationWithItsTypeInOneWord_FindsTheSeries(string query, string code)
    {
        Assert.Equal(code, fixture.Codes(query)[0]);
    }

    [Fact]
    public void Search_ConditionAdjective_FindsTheTitleNamingTheNoun()
    {
        Assert.Equal("A499", fixture.Codes("bacterial infectious disease")[0]);
    }

    [Theory]
    [InlineData("tumor of the prostate ", "C61")]
    [InlineData("prostate neoplasm", "C61")]
    [InlineData("benign neoplasm of prostate", "D291")]
    [InlineData("benign tumor of the prostate ", "D291")]
    public void Search_NeoplasmWithoutBehavior_MalignantBeforeBenignAtEqualScore(string query, string first)
    {
        Assert.Equal(first, fixture.Codes(query)[0]);
    }

    [Theory]
    [InlineData("autosomal dominant nonsyndromic deafness 15 ")]
    [InlineData("autosomal recessive nonsyndromic deafness 27")]
    public void Search_InheritedDeafness_HearingLossBeforeTheInheritanceWords(string query)
    {
        // Before: "autosomal dominant" were the rarest words and "Autosomal dominant hypocalcemia" came first.
        var codes = fixture.Codes(query);

        Assert.Equal("H903", codes[0]);
    }

    [Theory]
    [InlineData("chromosome 17q12 deletion syndrome")]
    [InlineData("chromosome 1q41-q42 deletion syndrome ")]
    public void Search_ChromosomeBand_PartOfAChromosome(string query)
    {
        // Before: the band matched nothing and "Deletion of short arm of chromosome 4" came first.
        Assert.Equal("Q9359", fixture.Codes(query)[0]);
    }
}
