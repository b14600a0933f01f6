using System.Collections.Concurrent;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A concurrent map cleared when about <c>capacity</c> values were added to it. The count is kept by hand:
/// <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the map, and asked on every miss it was
/// about a tenth of an uncached search (misses are frequent on distinct queries). Counted adds may overshoot the bound
/// by the few that race with a clear; two threads adding the same key both count.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);
    private int _added;

    public bool TryGetValue(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>The value kept for <paramref name="key"/>, or <paramref name="value"/> once kept.</summary>
    public TValue GetOrAdd(TKey key, TValue value)
    {
        if (Interlocked.Increment(ref _added) > capacity)
        {
            _values.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        return _values.GetOrAdd(key, value);
    }
}
