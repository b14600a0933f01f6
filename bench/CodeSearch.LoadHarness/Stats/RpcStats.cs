namespace CodeSearch.LoadHarness.Stats;

/// <summary>One RPC's figures in one scenario. Latencies in milliseconds over successful and failed calls alike.</summary>
public sealed record RpcStats(
    string Rpc,
    string Method,
    long Calls,
    long Failed,
    IReadOnlyDictionary<string, long> ErrorsByStatus,
    double CallsPerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    double MeanMs)
{
    /// <summary>Throughput divided by the health Check's in the same run (the no-op ceiling); null without one.</summary>
    public double? RatioToHealth { get; init; }
}
