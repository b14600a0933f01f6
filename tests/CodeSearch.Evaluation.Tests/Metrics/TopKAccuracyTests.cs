using CodeSearch.Core;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Tests.Metrics;

public class TopKAccuracyTests
{
    private static bool Hit(string[] predicted, string[] gold, int k) =>
        TopKAccuracy.IsHit(predicted, gold, CodeSystemId.Icd10Cm, MatchRule.Prefix, k);

    [Fact]
    public void IsHit_CodeUnderCategoryGold_Hit()
    {
        Assert.True(Hit(["J45.909"], ["J45"], 1));
        Assert.True(Hit(["J45909"], ["J45"], 1));
    }

    [Fact]
    public void IsHit_GoldAtRankTwo_MissAtOneHitAtFive()
    {
        string[] predicted = ["E11.9", "J45.909"];

        Assert.False(Hit(predicted, ["J45"], 1));
        Assert.True(Hit(predicted, ["J45"], 5));
    }

    [Fact]
    public void IsHit_GoldBeyondK_Miss()
    {
        Assert.False(Hit(["A00.0", "A01.0", "A02.0", "A03.0", "A04.0", "I10"], ["I10"], 5));
    }

    [Fact]
    public void IsHit_AnyOfSeveralGold_Hit()
    {
        Assert.True(Hit(["B65.2"], ["B65.1", "B65.2"], 1));
    }

    [Fact]
    public void IsHit_SiblingOrParentOfGold_Miss()
    {
        Assert.False(Hit(["E11.65"], ["E11.9"], 5));
        Assert.False(Hit(["J45"], ["J45.909"], 5));
    }

    [Fact]
    public void IsHit_ExactRule_CodeUnderCategoryMisses()
    {
        Assert.False(TopKAccuracy.IsHit(["J45.909"], ["J45"], CodeSystemId.Icd10Cm, MatchRule.Exact, 1));
    }

    [Fact]
    public void Rate_HitsOverRows()
    {
        Assert.Equal(0.25, TopKAccuracy.Rate([true, false, false, false]));
        Assert.Equal(0.0, TopKAccuracy.Rate([]));
    }
}
