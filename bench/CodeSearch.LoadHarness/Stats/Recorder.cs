using CodeSearch.LoadHarness.Options;

namespace CodeSearch.LoadHarness.Stats;

/// <summary>
/// Collects latencies and outcomes of one scenario. Each worker writes to its own slot, so recording takes no lock;
/// <see cref="Summarize"/> merges the slots after the workers have finished.
/// </summary>
public sealed class Recorder(int workers)
{
    private readonly Slot[] _slots = Enumerable.Range(0, workers).Select(_ => new Slot()).ToArray();

    public void Record(int worker, RpcKind kind, double milliseconds, string? error)
    {
        var slot = _slots[worker];
        lock (slot)
        {
            slot.Latencies.Add((kind, milliseconds));
            if (error is not null) slot.Errors.Add((kind, error));
        }
    }

    /// <summary>Per-RPC figures over <paramref name="elapsed"/>, in <see cref="RpcNames.All"/> order.</summary>
    public IReadOnlyList<RpcStats> Summarize(TimeSpan elapsed)
    {
        var samples = _slots.SelectMany(s => s.Latencies).ToList();
        var errors = _slots.SelectMany(s => s.Errors).ToList();
        return RpcNames.All.Where(k => samples.Any(s => s.Kind == k)).Select(kind =>
        {
            var sorted = samples.Where(s => s.Kind == kind).Select(s => s.Ms).Order().ToArray();
            var byStatus = errors.Where(e => e.Kind == kind).GroupBy(e => e.Status)
                .ToDictionary(g => g.Key, g => (long)g.Count());
            return new RpcStats(RpcNames.Name(kind), RpcNames.Method(kind), sorted.Length, byStatus.Values.Sum(), byStatus,
                Math.Round(sorted.Length / elapsed.TotalSeconds, 1),
                Round(Percentiles.Of(sorted, 50)), Round(Percentiles.Of(sorted, 90)), Round(Percentiles.Of(sorted, 99)),
                Round(sorted.Length == 0 ? 0 : sorted[^1]), Round(sorted.Length == 0 ? 0 : sorted.Average()));
        }).ToList();
    }

    private static double Round(double ms) => Math.Round(ms, 3);

    private sealed class Slot
    {
        public List<(RpcKind Kind, double Ms)> Latencies { get; } = new(4096);
        public List<(RpcKind Kind, string Status)> Errors { get; } = [];
    }
}
