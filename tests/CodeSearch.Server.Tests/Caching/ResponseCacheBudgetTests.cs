using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Options;
using CodeSearch.V1;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.Caching;

/// <summary>The cache is bounded in (estimated) bytes, not entries: big answers take more of the budget.</summary>
public class ResponseCacheBudgetTests
{
    private const long Budget = 64 * 1024;

    [Fact]
    public void EstimateBytes_LargerMessage_ChargedMore()
    {
        var small = Page(1);
        var large = Page(20);

        Assert.True(ResponseCache.EstimateBytes("k", large) > 10 * ResponseCache.EstimateBytes("k", small));
        Assert.Equal(ResponseCache.EntryOverheadBytes + 2 + (ResponseCache.BytesPerSerializedByte + ResponseCache.KeptBytesPerSerializedByte) * small.CalculateSize(),
            ResponseCache.EstimateBytes("k", small));
        Assert.Equal(ResponseCache.EntryOverheadBytes + 2 + ResponseCache.KeptBytesPerSerializedByte * small.CalculateSize(),
            ResponseCache.EstimateStored("k", small));
    }

    [Fact]
    public void GetOrCreate_NewEntry_ChargedForItsBytesOnly()
    {
        using var cache = NewCache(Budget);

        cache.GetOrCreate("SearchCodes", "k", () => Page(10));

        Assert.Equal((1L, ResponseCache.EstimateStored("k", Page(10))), cache.Usage());
    }

    [Fact]
    public void GetOrCreate_Hits_SameAnswerParsedOnceThenKept()
    {
        using var cache = NewCache(Budget);
        var computed = cache.GetOrCreate("SearchCodes", "k", () => Page(10));

        var first = cache.GetOrCreate<SearchCodesResponse>("SearchCodes", "k", () => throw new InvalidOperationException("computed again"));
        var second = cache.GetOrCreate<SearchCodesResponse>("SearchCodes", "k", () => throw new InvalidOperationException("computed again"));

        Assert.Equal(computed, first);
        Assert.Same(first, second);
        Assert.Equal((2L, 1L), (cache.Hits, cache.Misses));
        Assert.Equal((1L, ResponseCache.EstimateBytes("k", Page(10))), cache.Usage());
        Assert.Equal(computed.CalculateSize(), SerializedResponses.SizeOf(first));
    }

    [Fact]
    public async Task GetOrCreate_PastTheByteBudget_EvictsAndStaysUnderIt()
    {
        using var cache = NewCache(Budget);
        var perEntry = ResponseCache.EstimateStored("key-000", Page(10));
        var entries = (int)(3 * Budget / perEntry);

        for (var i = 0; i < entries; i++) cache.GetOrCreate("SearchCodes", $"key-{i:000}", () => Page(10));
        // Compaction runs on the thread pool after an insert is refused: give it a moment.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (cache.Usage().Bytes > Budget && DateTime.UtcNow < deadline) await Task.Delay(20);

        var (count, bytes) = cache.Usage();
        Assert.InRange(bytes, 1, Budget);
        Assert.InRange(count, 1, (int)(Budget / perEntry));
        var misses = cache.Misses;
        for (var i = 0; i < entries; i++) cache.GetOrCreate("SearchCodes", $"key-{i:000}", () => Page(10));
        Assert.True(cache.Misses - misses >= entries - count, "entries past the budget are computed again");
    }

    [Fact]
    public void GetOrCreate_EntryLargerThanTheBudget_ComputedEveryTimeNeverStored()
    {
        using var cache = NewCache(1_024);

        cache.GetOrCreate("SearchCodes", "big", () => Page(50));
        cache.GetOrCreate("SearchCodes", "big", () => Page(50));

        Assert.Equal((0L, 2L), (cache.Hits, cache.Misses));
        Assert.Equal(0, cache.Usage().Entries);
    }

    private static ResponseCache NewCache(long budget)
    {
        var meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
        return new ResponseCache(Microsoft.Extensions.Options.Options.Create(new CacheOptions { SizeLimitBytes = budget }), meters, TimeProvider.System);
    }

    private static SearchCodesResponse Page(int results)
    {
        var page = new SearchCodesResponse();
        for (var i = 0; i < results; i++)
        {
            page.Results.Add(new SearchResult
            {
                Code = new Code { Code_ = $"R07.8{i % 10}", CodeUndotted = $"R078{i % 10}", Description = "Other chest pain, a description of typical length" },
                Score = 1f,
                MatchType = "TEXT",
            });
        }
        return page;
    }
}
