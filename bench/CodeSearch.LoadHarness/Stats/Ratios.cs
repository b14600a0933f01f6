namespace CodeSearch.LoadHarness.Stats;

/// <summary>Each RPC's throughput as a share of the health Check's: how much of the transport's ceiling it reaches.</summary>
public static class Ratios
{
    /// <summary>throughput / ceiling, rounded to 4 places; null when the ceiling is missing or zero.</summary>
    public static double? ToCeiling(double callsPerSecond, double? ceiling) =>
        ceiling is > 0 ? Math.Round(callsPerSecond / ceiling.Value, 4) : null;

    /// <summary>The stats with <see cref="RpcStats.RatioToHealth"/> set against <paramref name="ceiling"/>.</summary>
    public static IReadOnlyList<RpcStats> Apply(IEnumerable<RpcStats> stats, double? ceiling) =>
        stats.Select(s => s with { RatioToHealth = ToCeiling(s.CallsPerSecond, ceiling) }).ToList();
}
