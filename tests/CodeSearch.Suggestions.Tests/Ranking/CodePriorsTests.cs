using CodeSearch.Core;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class CodePriorsTests
{
    private static double Logit(double p) => Math.Log(p / (1 - p));

    [Fact]
    public void Smoothed_NoHistory_BaseRate() =>
        Assert.Equal(Logit(CodePriors.BaseRate), CodePriors.Smoothed(0, 0), 6);

    [Theory]
    [InlineData(3, 7)]
    [InlineData(0, 10)]
    [InlineData(10, 10)]
    [InlineData(50, 200)]
    public void Smoothed_LogOddsOfShrunkShare(int right, int proposed)
    {
        var p = (right + CodePriors.BaseRate * CodePriors.Smoothing) / (proposed + CodePriors.Smoothing);

        Assert.Equal(Logit(p), CodePriors.Smoothed(right, proposed), 6);
    }

    [Fact]
    public void Smoothed_MoreRight_Higher()
    {
        var values = Enumerable.Range(0, 11).Select(r => CodePriors.Smoothed(r, 10)).ToList();

        Assert.Equal(values.Order(), values);
        Assert.Equal(values.Count, values.Distinct().Count());
    }

    [Fact]
    public void Smoothed_SameShareMoreEvidence_FurtherFromBaseRate()
    {
        Assert.True(CodePriors.Smoothed(80, 100) > CodePriors.Smoothed(4, 5));
        Assert.True(CodePriors.Smoothed(0, 100) < CodePriors.Smoothed(0, 5));
    }

    [Fact]
    public void Smoothed_AllRight_FiniteEvenWhenShareNearOne() =>
        Assert.True(double.IsFinite(CodePriors.Smoothed(1_000_000, 1_000_000)));

    [Fact]
    public void CountAndPrecision_FromStatsOrDefaults()
    {
        var priors = new CodePriors(new Dictionary<(CodeSystemId, string), CodeStats>
        {
            [(CodeSystemId.Icd10Cm, "I10")] = new(42, 30, 20),
        });

        Assert.Equal(42, priors.Count(CodeSystemId.Icd10Cm, "I10"));
        Assert.Equal(CodePriors.Smoothed(20, 30), priors.Precision(CodeSystemId.Icd10Cm, "I10"));
        Assert.Equal(0, priors.Count(CodeSystemId.Icd10Pcs, "I10"));
        Assert.Equal(CodePriors.Smoothed(0, 0), priors.Precision(CodeSystemId.Icd10Cm, "E119"));
    }

    [Fact]
    public void Count_FullPcsCode_AddsNotesCodedWithItsTruncation()
    {
        var priors = new CodePriors(new Dictionary<(CodeSystemId, string), CodeStats>
        {
            [(CodeSystemId.Icd10Pcs, "0DT6")] = new(5, 0, 0),
            [(CodeSystemId.Icd10Pcs, "0DT60ZZ")] = new(2, 0, 0),
            [(CodeSystemId.Icd10Cm, "E11")] = new(4, 0, 0),
        });

        Assert.Equal(7, priors.Count(CodeSystemId.Icd10Pcs, "0DT60ZZ"));
        Assert.Equal(5, priors.Count(CodeSystemId.Icd10Pcs, "0DT6"));
        Assert.Equal(0, priors.Count(CodeSystemId.Icd10Cm, "E119"));
    }
}
