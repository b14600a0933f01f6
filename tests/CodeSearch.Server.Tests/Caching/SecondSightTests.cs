using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Options;
using CodeSearch.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.Caching;

/// <summary>SearchCodes answers are stored on their second sight (<see cref="CacheOptions.SearchSecondSightSlots"/>).</summary>
public class SecondSightTests
{
    [Fact]
    public void SeenBefore_FirstSightFalse_SecondTrue()
    {
        var sight = new SecondSight(64);

        Assert.False(sight.SeenBefore("a"));
        Assert.True(sight.SeenBefore("a"));
        Assert.True(sight.SeenBefore("a"));
        Assert.False(sight.SeenBefore("b"));
    }

    [Fact]
    public void SeenBefore_KeyPushedOutOfItsSlot_Forgotten()
    {
        var sight = new SecondSight(1); // every key takes the one slot

        Assert.False(sight.SeenBefore("a"));
        Assert.False(sight.SeenBefore("b"));
        Assert.False(sight.SeenBefore("a"));
        Assert.True(sight.SeenBefore("a"));
    }

    [Fact]
    public void Slots_RoundedUpToAPowerOfTwo()
    {
        Assert.Equal(8_192, new SecondSight(5_000).Slots);
        Assert.Equal(1, new SecondSight(0).Slots);
    }

    [Fact]
    public void GetOrCreate_SecondSight_StoredAtTheSecondComputationServedFromTheThird()
    {
        using var cache = NewCache(new CacheOptions());
        var computed = 0;
        SearchCodesResponse Compute() { computed++; return Page(); }

        cache.GetOrCreate("SearchCodes", "k", Compute, admitOnSecondSight: true);
        Assert.Equal(0, cache.Usage().Entries);
        cache.GetOrCreate("SearchCodes", "k", Compute, admitOnSecondSight: true);
        Assert.Equal(1, cache.Usage().Entries);
        var third = cache.GetOrCreate("SearchCodes", "k", Compute, admitOnSecondSight: true);

        Assert.Equal((2, 1L, 2L), (computed, cache.Hits, cache.Misses));
        Assert.Equal(Page(), third);
    }

    [Fact]
    public void GetOrCreate_ManyKeysAskedOnce_NoneStored()
    {
        using var cache = NewCache(new CacheOptions());

        for (var i = 0; i < 1_000; i++) cache.GetOrCreate("SearchCodes", $"cold-{i}", Page, admitOnSecondSight: true);

        Assert.Equal((0L, 0L), cache.Usage());
    }

    [Fact]
    public void GetOrCreate_SlotsZero_StoredAtFirstSight()
    {
        using var cache = NewCache(new CacheOptions { SearchSecondSightSlots = 0 });

        cache.GetOrCreate("SearchCodes", "k", Page, admitOnSecondSight: true);
        cache.GetOrCreate("SearchCodes", "k", Page, admitOnSecondSight: true);

        Assert.Equal((1L, 1L), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void GetOrCreate_WithoutAdmission_StoredAtFirstSight()
    {
        using var cache = NewCache(new CacheOptions());

        cache.GetOrCreate("GetCode", "k", Page);
        cache.GetOrCreate("GetCode", "k", Page);

        Assert.Equal((1L, 1L), (cache.Hits, cache.Misses));
    }

    private static SearchCodesResponse Page() => new()
    {
        UnderstoodAs = "chest pain",
        Results = { new SearchResult { Code = new Code { Code_ = "R07.9", Description = "Chest pain, unspecified" }, Score = 1 } },
    };

    private static ResponseCache NewCache(CacheOptions options)
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        return new ResponseCache(Microsoft.Extensions.Options.Options.Create(options), meters, TimeProvider.System);
    }
}
