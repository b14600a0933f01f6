namespace CodeSearch.LoadHarness.Stats;

/// <summary>Nearest-rank percentiles: the smallest sample with at least p % of the samples at or below it.</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percent"/> (0-100] percentile of ascending <paramref name="sorted"/>; 0 when empty.</summary>
    public static double Of(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
