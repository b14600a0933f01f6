namespace CodeSearch.Indexing.Search;

/// <summary>
/// Values kept by ordinal (one slot per entry, document, ...) and forgotten all at once when about <c>capacity</c>
/// slots were filled, the slot-array counterpart of <see cref="BoundedCache{TKey,TValue}"/>. Without the bound a
/// varied load fills a slot for every ordinal it ever touched and keeps them for the generation's life
/// (docs/benchmarks.md "Peak memory under load: caches bounded"). Thread-safe: a race fills a slot twice with
/// equal values, or a fill lands just after a clear (the count may then overshoot the bound by a few).
/// </summary>
internal sealed class BoundedSlots<T>(int length, int capacity) where T : class
{
    private readonly T?[] _slots = new T?[length];
    private int _filled;

    /// <summary>The value kept at <paramref name="ordinal"/>, or null.</summary>
    public T? Get(int ordinal) => Volatile.Read(ref _slots[ordinal]);

    /// <summary>Keeps <paramref name="value"/> at <paramref name="ordinal"/> (clearing every slot first when the bound is
    /// reached) and returns it.</summary>
    public T Keep(int ordinal, T value)
    {
        if (Interlocked.Increment(ref _filled) > capacity)
        {
            Array.Clear(_slots);
            Interlocked.Exchange(ref _filled, 1);
        }
        Volatile.Write(ref _slots[ordinal], value);
        return value;
    }

    /// <summary>As <see cref="Keep"/>, but when another thread kept a value at <paramref name="ordinal"/> first,
    /// returns that one, so callers that race share one instance.</summary>
    public T KeepFirst(int ordinal, T value)
    {
        if (Interlocked.Increment(ref _filled) > capacity)
        {
            Array.Clear(_slots);
            Interlocked.Exchange(ref _filled, 1);
        }
        return Interlocked.CompareExchange(ref _slots[ordinal], value, null) ?? value;
    }

    /// <summary>How many slots hold a value (for tests; counts every slot).</summary>
    public int Filled => _slots.Count(s => s is not null);
}
