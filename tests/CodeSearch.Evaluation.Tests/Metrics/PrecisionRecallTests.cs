using CodeSearch.Core;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Tests.Metrics;

public class PrecisionRecallTests
{
    private static MatchOutcome Match(string[] predicted, string[] gold) =>
        RankedMatcher.Match(predicted, gold, CodeSystemId.Icd10Cm, MatchRule.Exact);

    [Fact]
    public void Of_TwoDocuments_MicroAveraged()
    {
        // Doc 1: 3 predicted, 2 right, 4 gold. Doc 2: 1 predicted, 0 right, 1 gold. tp 2, predicted 4, gold 5.
        var counts = PrecisionRecall.Of([
            Match(["A00.0", "B01.0", "X00.0"], ["A00.0", "B01.0", "C02.0", "D03.0"]),
            Match(["Y00.0"], ["E11.9"]),
        ]);

        Assert.Equal((2, 2, 3), (counts.TruePositives, counts.FalsePositives, counts.FalseNegatives));
        Assert.Equal(0.5, counts.Precision, 10);
        Assert.Equal(0.4, counts.Recall, 10);
        Assert.Equal(2 * 0.5 * 0.4 / 0.9, counts.F1, 10);
    }

    [Fact]
    public void Of_RepeatedPrediction_NotAFalsePositive()
    {
        var counts = PrecisionRecall.Of([Match(["I10", "I10"], ["I10"])]);

        Assert.Equal((1, 0), (counts.TruePositives, counts.FalsePositives));
    }

    [Fact]
    public void Of_NoPredictions_ZeroPrecisionAndF1()
    {
        var counts = PrecisionRecall.Of([Match([], ["I10"])]);

        Assert.Equal((0.0, 0.0, 0.0), (counts.Precision, counts.Recall, counts.F1));
        Assert.Equal(1, counts.FalseNegatives);
    }
}
