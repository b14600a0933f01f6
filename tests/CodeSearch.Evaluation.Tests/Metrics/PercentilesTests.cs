using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Tests.Metrics;

public class PercentilesTests
{
    [Fact]
    public void Median_OddAndEvenCounts()
    {
        Assert.Equal(3.0, Percentiles.Median([5, 1, 3]));
        Assert.Equal(2.5, Percentiles.Median([4, 1, 3, 2]));
        Assert.Equal(0.0, Percentiles.Median([]));
    }

    [Fact]
    public void NearestRank_P95_SmallestValueCoveringNinetyFivePercent()
    {
        Assert.Equal(95.0, Percentiles.NearestRank(Enumerable.Range(1, 100).Select(i => (double)i), 95));
        Assert.Equal(19.0, Percentiles.NearestRank(Enumerable.Range(1, 20).Reverse().Select(i => (double)i), 95));
        Assert.Equal(7.0, Percentiles.NearestRank([7], 95));
    }
}
