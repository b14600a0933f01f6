using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Values kept by ordinal with a bound (<see cref="BoundedSlots{T}"/>): kept until the bound, then all forgotten.</summary>
public class BoundedSlotsTests
{
    [Fact]
    public void Keep_ThenGet_ReturnsTheKeptInstance()
    {
        var slots = new BoundedSlots<string[]>(10, 5);
        string[] words = ["acute", "bronchitis"];

        Assert.Null(slots.Get(3));
        Assert.Same(words, slots.Keep(3, words));
        Assert.Same(words, slots.Get(3));
    }

    [Fact]
    public void Keep_PastCapacity_ForgetsEarlierSlots()
    {
        var slots = new BoundedSlots<string>(10, 3);
        for (var i = 0; i < 3; i++) slots.Keep(i, $"v{i}");
        Assert.Equal("v0", slots.Get(0));

        slots.Keep(7, "v7");

        Assert.Null(slots.Get(0));
        Assert.Null(slots.Get(2));
        Assert.Equal("v7", slots.Get(7));
        Assert.Equal(1, slots.Filled);
    }

    [Fact]
    public void Keep_ManyThreads_NeverHoldsMoreThanTheBoundPlusRacers()
    {
        var slots = new BoundedSlots<string>(10_000, 100);
        Parallel.For(0, 10_000, i => _ = slots.Get(i) ?? slots.Keep(i, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Fills racing with a clear may land after it: at most one per thread.
        Assert.InRange(slots.Filled, 1, 100 + 64);
    }
}
