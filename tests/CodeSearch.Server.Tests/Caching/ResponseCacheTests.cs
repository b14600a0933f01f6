using CodeSearch.Server.Caching;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Caching;

[Collection(SampleServerCollection.Name)]
public class ResponseCacheTests(SampleServer server)
{
    private ResponseCache Cache => server.Factory.Services.GetRequiredService<ResponseCache>();

    [Fact]
    public async Task SearchCodes_Repeated_StoredOnSecondSightThirdAnswerFromCache()
    {
        var request = new SearchCodesRequest { Query = "pleurodynia", PageSize = 7 };
        var (hits, misses) = (Cache.Hits, Cache.Misses);

        var first = await server.Client.SearchCodesAsync(request);
        Assert.Equal((hits, misses + 1), (Cache.Hits, Cache.Misses));
        await server.Client.SearchCodesAsync(request);
        Assert.Equal((hits, misses + 2), (Cache.Hits, Cache.Misses));
        var third = await server.Client.SearchCodesAsync(request);
        var fourth = await server.Client.SearchCodesAsync(request);

        Assert.Equal((hits + 2, misses + 2), (Cache.Hits, Cache.Misses));
        Assert.Equal(first, third);
        Assert.Equal(first, fourth);
        Assert.Equal("R07.81", first.Results.Single().Code.Code_);
    }

    [Fact]
    public async Task SearchCodes_SameQuerySpelledDifferently_SharesTheCacheEntry()
    {
        await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "leukocyte adhesion" });
        await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "Leukocyte adhesion" }); // second sight: stored
        var hits = Cache.Hits;

        await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "  Leukocyte   ADHESION" });

        Assert.Equal(hits + 1, Cache.Hits);
    }

    [Fact]
    public async Task SearchCodes_DifferentFilters_NotServedFromEachOthersEntries()
    {
        var all = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "chest" });
        await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "chest" });
        var hits = Cache.Hits;

        var billable = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "chest", BillableOnly = true });

        Assert.Equal(hits, Cache.Hits);
        Assert.Contains(all.Results, r => !r.Code.Billable);
        Assert.All(billable.Results, r => Assert.True(r.Code.Billable));
    }

    [Fact]
    public async Task GetCode_Repeated_SecondAnswerFromCache()
    {
        var request = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "R07.89" };
        var (hits, misses) = (Cache.Hits, Cache.Misses);

        var first = await server.Client.GetCodeAsync(request);
        var second = await server.Client.GetCodeAsync(request);

        Assert.Equal((hits + 1, misses + 1), (Cache.Hits, Cache.Misses));
        Assert.Equal(first, second);
        Assert.Equal("Other chest pain", second.Description);
    }

    [Fact]
    public async Task GetCode_NotFound_NotCachedAndStillNotFound()
    {
        var request = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "R07.99" };
        var hits = Cache.Hits;

        await FailsWith(StatusCode.NotFound, () => server.Client.GetCodeAsync(request).ResponseAsync);
        await FailsWith(StatusCode.NotFound, () => server.Client.GetCodeAsync(request).ResponseAsync);

        Assert.Equal(hits, Cache.Hits);
    }
}

/// <summary>With CodeSearch:Cache:Enabled=false every call is computed, and answers are the same.</summary>
public class ResponseCacheDisabledTests : IAsyncLifetime
{
    private readonly CodeSearchServerFactory _factory = new(overrides: new Dictionary<string, string?> { ["CodeSearch:Cache:Enabled"] = "false" });

    public Task InitializeAsync() => _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Calls_CacheDisabled_AnsweredCorrectlyWithoutCaching()
    {
        var cache = _factory.Services.GetRequiredService<ResponseCache>();
        var client = _factory.Client;

        for (var i = 0; i < 2; i++)
        {
            var code = await client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
            Assert.Equal("Type 2 diabetes mellitus without complications", code.Description);
            var search = await client.SearchCodesAsync(new SearchCodesRequest { Query = "type 2 diabetes" });
            Assert.StartsWith("E11", search.Results[0].Code.CodeUndotted);
        }

        Assert.Equal((0, 0), (cache.Hits, cache.Misses));
    }
}
