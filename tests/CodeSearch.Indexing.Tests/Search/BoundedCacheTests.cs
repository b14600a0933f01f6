using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The bounded cache of the search path (<see cref="BoundedCache{TKey,TValue}"/>): keeps values, and clears past its bound.</summary>
public class BoundedCacheTests
{
    [Fact]
    public void GetOrAdd_KeyKept_ReturnsTheFirstValue()
    {
        var cache = new BoundedCache<string, int>(10, StringComparer.Ordinal);

        Assert.Equal(1, cache.GetOrAdd("a", 1));
        Assert.Equal(1, cache.GetOrAdd("a", 2));
        Assert.True(cache.TryGetValue("a", out var kept));
        Assert.Equal(1, kept);
    }

    [Fact]
    public void GetOrAdd_PastCapacity_ClearsEarlierValues()
    {
        var cache = new BoundedCache<int, int>(3);
        for (var k = 0; k < 3; k++) cache.GetOrAdd(k, k);
        Assert.True(cache.TryGetValue(0, out _));

        cache.GetOrAdd(3, 3);

        Assert.False(cache.TryGetValue(0, out _));
        Assert.True(cache.TryGetValue(3, out var kept));
        Assert.Equal(3, kept);
    }

    [Fact]
    public void GetOrAdd_ManyThreads_NeverHoldsMoreThanTheBoundPlusRacers()
    {
        var cache = new BoundedCache<int, int>(100);
        Parallel.For(0, 10_000, k => cache.GetOrAdd(k, k));
        var held = Enumerable.Range(0, 10_000).Count(k => cache.TryGetValue(k, out _));
        // Adds racing with a clear may land after it: at most one per thread.
        Assert.InRange(held, 1, 100 + 64);
    }
}
