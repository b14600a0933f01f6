using CodeSearch.Core;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Tests.Metrics;

public class AveragePrecisionTests
{
    private static double Ap(string[] predicted, string[] gold, CodeSystemId system = CodeSystemId.Icd10Cm,
        MatchRule rule = MatchRule.Exact, Func<string, bool>? isValid = null) =>
        AveragePrecision.Of(RankedMatcher.Match(predicted, gold, system, rule, isValid));

    [Fact]
    public void Of_AllGoldFirst_One()
    {
        Assert.Equal(1.0, Ap(["E11.9", "I10", "R51.9"], ["I10", "E11.9"]), 10);
    }

    [Fact]
    public void Of_HitsAtRanksOneAndThree_SumOfPrecisionsOverGold()
    {
        // Hits at k=1 (1/1) and k=3 (2/3); C never found: (1 + 2/3) / 3.
        Assert.Equal((1.0 + 2.0 / 3) / 3, Ap(["A00.0", "X", "B01.0", "Y"], ["A00.0", "B01.0", "C02.0"]), 10);
    }

    [Fact]
    public void Of_RepeatedPrediction_DroppedSoLaterRanksMoveUp()
    {
        // Kept list is [I10, E11.9]: hits at k=1 and k=2; counting the repeat would give (1 + 2/3) / 2.
        Assert.Equal(1.0, Ap(["I10", "I10", "E11.9"], ["I10", "E11.9"]), 10);
    }

    [Fact]
    public void Of_RepeatedSpelledDifferently_CountsOnce()
    {
        // E119 and e11.9 are the same code: the second is a repeat, not a second hit or a false positive.
        var outcome = RankedMatcher.Match(["E119", "e11.9", "I10"], ["E11.9", "I10"], CodeSystemId.Icd10Cm, MatchRule.Exact);

        Assert.Equal(2, outcome.Kept.Count);
        Assert.Equal(1, outcome.Dropped);
        Assert.Equal(1.0, AveragePrecision.Of(outcome), 10);
    }

    [Fact]
    public void Of_RepeatedMiss_DroppedBeforeRanking()
    {
        // Kept [R51.9, I10]: the hit is at k=2, so 1/2 (1/3 if the repeat stayed).
        Assert.Equal(0.5, Ap(["R51.9", "R51.9", "I10"], ["I10"]), 10);
    }

    [Fact]
    public void Of_InvalidPrediction_Dropped()
    {
        var valid = new HashSet<string> { "I10", "E11.9" };

        Assert.Equal(1.0, Ap(["ZZZ.99", "I10"], ["I10"], isValid: valid.Contains), 10);
        Assert.Equal(0.5, Ap(["ZZZ.99", "I10"], ["I10"]), 10);
    }

    [Fact]
    public void Of_NoPredictions_Zero()
    {
        Assert.Equal(0.0, Ap([], ["I10"]));
    }

    [Fact]
    public void Of_NoGold_Zero()
    {
        Assert.Equal(0.0, Ap(["I10"], []));
    }

    [Fact]
    public void Of_DuplicateGold_CountsOnceInDenominator()
    {
        Assert.Equal(1.0, Ap(["I10"], ["I10", "I10"]), 10);
    }

    [Fact]
    public void Of_DiagnosisCategoryGold_NotMatchedByCodeUnderIt()
    {
        // CodiEsp-D compares codes exactly: J45.909 is not the gold J45.
        Assert.Equal(0.0, Ap(["J45.909"], ["J45"]));
    }

    [Fact]
    public void Of_PcsTruncatedGold_MatchedByPrefixOnce()
    {
        // 0TTB0ZZ takes 0TTB; 0TTB4ZZ finds no open gold (a miss); 0DTJ0ZZ hits at k=3: (1 + 2/3) / 2.
        Assert.Equal((1.0 + 2.0 / 3) / 2, Ap(["0TTB0ZZ", "0TTB4ZZ", "0DTJ0ZZ"], ["0TTB", "0DTJ0ZZ"], CodeSystemId.Icd10Pcs, MatchRule.Prefix), 10);
    }

    [Fact]
    public void Of_PcsFullAndTruncatedGold_FullCodeTakesItsOwnGoldFirst()
    {
        // 0TTB0ZZ takes the exact gold, leaving 0TTB for 0TTB4ZZ.
        Assert.Equal(1.0, Ap(["0TTB0ZZ", "0TTB4ZZ"], ["0TTB", "0TTB0ZZ"], CodeSystemId.Icd10Pcs, MatchRule.Prefix), 10);
    }

    [Fact]
    public void Of_PcsPredictionShorterThanGold_NoMatch()
    {
        Assert.Equal(0.0, Ap(["0TT"], ["0TTB"], CodeSystemId.Icd10Pcs, MatchRule.Prefix));
    }

    [Fact]
    public void Mean_DocumentWithoutPredictions_CountsAsZero()
    {
        var found = RankedMatcher.Match(["I10"], ["I10"], CodeSystemId.Icd10Cm, MatchRule.Exact);
        var empty = RankedMatcher.Match([], ["E11.9"], CodeSystemId.Icd10Cm, MatchRule.Exact);

        Assert.Equal(0.5, AveragePrecision.Mean([found, empty]), 10);
        Assert.Equal(0.0, AveragePrecision.Mean([]));
    }
}
