using CodeSearch.Evaluation.Runs;

namespace CodeSearch.Evaluation.Tests.Runs;

public class ThroughputMeterTests
{
    [Fact]
    public void Measure_RunsWarmUpThenOneSequentialAndOneParallelPass()
    {
        var items = Enumerable.Range(0, 30).ToList();
        var calls = 0;

        var result = ThroughputMeter.Measure(items, (_, _) => { Interlocked.Increment(ref calls); Thread.Sleep(1); }, threads: 2);

        Assert.Equal(ThroughputMeter.WarmUpDocuments + 2 * items.Count, calls);
        Assert.Equal((30, 2), (result.Documents, result.Threads));
        Assert.True(result.SequentialPerSecond > 0 && result.ParallelPerSecond > 0);
        Assert.True(result.MedianMilliseconds >= 1 && result.P95Milliseconds >= result.MedianMilliseconds);
    }
}
