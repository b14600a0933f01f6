using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Stats;

namespace CodeSearch.LoadHarness.Tests.Stats;

public class RecorderTests
{
    [Fact]
    public void Summarize_TwoWorkers_MergesPerRpcWithErrorsByStatus()
    {
        var recorder = new Recorder(2);
        for (var i = 1; i <= 10; i++) recorder.Record(i % 2, RpcKind.GetCode, i, i == 10 ? "NotFound" : null);
        recorder.Record(0, RpcKind.Health, 0.5, null);

        var stats = recorder.Summarize(TimeSpan.FromSeconds(2));

        Assert.Equal(["health", "get"], stats.Select(s => s.Rpc));
        var get = stats[1];
        Assert.Equal((10L, 1L, 5.0, 5.0, 10.0), (get.Calls, get.Failed, get.CallsPerSecond, get.P50Ms, get.MaxMs));
        Assert.Equal(1, get.ErrorsByStatus["NotFound"]);
    }
}
