using CodeSearch.LoadHarness.Stats;

namespace CodeSearch.LoadHarness.Tests.Stats;

public class PercentilesTests
{
    private static readonly double[] OneToHundred = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

    [Theory]
    [InlineData(50, 50)]
    [InlineData(90, 90)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void Of_OneToHundred_NearestRank(double percent, double expected) =>
        Assert.Equal(expected, Percentiles.Of(OneToHundred, percent));

    [Fact]
    public void Of_FewSamples_RoundsRankUp() =>
        Assert.Equal(20, Percentiles.Of([10, 20, 30], 50));

    [Fact]
    public void Of_Empty_Zero() => Assert.Equal(0, Percentiles.Of([], 99));

    [Fact]
    public void Of_PercentOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.Of(OneToHundred, 0));
}
