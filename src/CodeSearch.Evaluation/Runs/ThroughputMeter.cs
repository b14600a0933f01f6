using System.Diagnostics;
using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Runs;

/// <summary>In-process speed over a dataset.</summary>
/// <param name="Documents">Documents per timed pass.</param>
/// <param name="Threads">Degree of parallelism of the parallel pass.</param>
/// <param name="SequentialPerSecond">Documents per second, one thread.</param>
/// <param name="ParallelPerSecond">Documents per second with <see cref="Threads"/> workers.</param>
/// <param name="MedianMilliseconds">Median latency per document, one thread.</param>
/// <param name="P95Milliseconds">95th percentile (nearest rank) latency per document, one thread.</param>
public sealed record ThroughputResult(int Documents, int Threads, double SequentialPerSecond, double ParallelPerSecond,
    double MedianMilliseconds, double P95Milliseconds);

/// <summary>
/// Runs the work over the first <see cref="WarmUpDocuments"/> items untimed (JIT, caches), then times one pass on
/// one thread (per-item latency and rate) and one pass with Parallel.ForEach over <c>threads</c> workers (rate).
/// </summary>
public static class ThroughputMeter
{
    public const int WarmUpDocuments = 20;

    public static ThroughputResult Measure<T>(IReadOnlyList<T> items, Action<T, CancellationToken> work, int threads,
        CancellationToken cancellationToken = default)
    {
        foreach (var item in items.Take(WarmUpDocuments)) work(item, cancellationToken);

        var latencies = new double[items.Count];
        var sequential = Stopwatch.StartNew();
        for (var i = 0; i < items.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            work(items[i], cancellationToken);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        sequential.Stop();

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        var parallel = Stopwatch.StartNew();
        Parallel.ForEach(items, options, item => work(item, cancellationToken));
        parallel.Stop();

        return new ThroughputResult(items.Count, threads, Rate(items.Count, sequential.Elapsed), Rate(items.Count, parallel.Elapsed),
            Percentiles.Median(latencies), Percentiles.NearestRank(latencies, 95));
    }

    private static double Rate(int count, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? count / elapsed.TotalSeconds : 0;
}
