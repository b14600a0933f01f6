using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CodeSearch.Benchmarks;

/// <summary>
/// The runtime's allocation samples (GCAllocationTick, about one per 100 KB allocated) counted by type, in process: which
/// types a run allocates most, without a trace file; large-object-heap samples are named "LOH &lt;type&gt;". Start before the run, <see cref="Print"/> after.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();
    private volatile bool _on;

    public void Start() => _on = true;
    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var kind = e.PayloadNames.IndexOf("AllocationKind");
        if (kind >= 0 && Convert.ToInt32(e.Payload[kind], System.Globalization.CultureInfo.InvariantCulture) == 1) type = "LOH " + type;
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")] ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, b) => b + amount);
    }

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        Console.WriteLine($"allocation samples by type ({total / 1048576.0:F0} MiB sampled):");
        foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(top)) Console.WriteLine($"  {bytes * 100.0 / total,5:F1} %  {type}");
    }
}
