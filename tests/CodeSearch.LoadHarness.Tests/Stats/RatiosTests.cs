using CodeSearch.LoadHarness.Stats;

namespace CodeSearch.LoadHarness.Tests.Stats;

public class RatiosTests
{
    [Fact]
    public void ToCeiling_QuarterOfHealth_Quarter() => Assert.Equal(0.25, Ratios.ToCeiling(250, 1000));

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void ToCeiling_NoCeiling_Null(double? ceiling) => Assert.Null(Ratios.ToCeiling(250, ceiling));

    [Fact]
    public void Apply_EveryRpc_SetsRatio()
    {
        var stats = new[] { Stats("health", 2000), Stats("suggest", 20) };
        var applied = Ratios.Apply(stats, 2000);
        Assert.Equal([1.0, 0.01], applied.Select(s => s.RatioToHealth!.Value));
    }

    private static RpcStats Stats(string rpc, double perSecond) =>
        new(rpc, "m", 1, 0, new Dictionary<string, long>(), perSecond, 1, 1, 1, 1, 1);
}
