using System.Collections.Concurrent;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// Calls hand their <see cref="AccessLogEntry"/> here and go on: adding is a lock-free enqueue that wakes nobody, so
/// the formatting and console writes of the access log leave the call's path (<see cref="AccessLogWriter"/> drains the
/// queue in batches). Bounded by <see cref="AccessLogOptions.QueueCapacity"/>: past it, lines are dropped and counted.
/// </summary>
internal sealed class AccessLogQueue(IOptions<AccessLogOptions> options)
{
    private readonly ConcurrentQueue<AccessLogEntry> _entries = new();
    private readonly int _capacity = options.Value.QueueCapacity;
    private int _count;
    private long _dropped;

    public void Add(in AccessLogEntry entry)
    {
        if (Interlocked.Increment(ref _count) > _capacity)
        {
            Interlocked.Decrement(ref _count);
            Interlocked.Increment(ref _dropped);
            return;
        }
        _entries.Enqueue(entry);
    }

    public bool TryTake(out AccessLogEntry entry)
    {
        if (!_entries.TryDequeue(out entry)) return false;
        Interlocked.Decrement(ref _count);
        return true;
    }

    /// <summary>Lines dropped since the last call (the queue was full).</summary>
    public long TakeDropped() => Interlocked.Exchange(ref _dropped, 0);
}
