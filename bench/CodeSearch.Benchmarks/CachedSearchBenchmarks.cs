using BenchmarkDotNet.Attributes;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Grpc;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Options;
using CodeSearch.Server.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Proto = CodeSearch.V1;

namespace CodeSearch.Benchmarks;

/// <summary>The SearchCodes handler (validation, scope, cache key, cache) answering from the cache, and on a miss.</summary>
[MemoryDiagnoser]
public class CachedSearchBenchmarks
{
    private SearchCodesHandler _cached = null!;
    private SearchCodesHandler _uncached = null!;
    private LuceneCodeIndex _index = null!;
    private readonly Proto.SearchCodesRequest _request = new() { Query = "type 2 diabetes" };

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchIndex.OpenFull();
        _cached = Handler(enabled: true);
        _uncached = Handler(enabled: false);
        _cached.Search(_request, includeCpt: true);
        _cached.Search(_request, includeCpt: true); // stored on its second sight (CacheOptions.SearchSecondSightSlots)
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true)]
    public int CacheHit() => _cached.Search(_request, includeCpt: true).Results.Count;

    [Benchmark]
    public int CacheDisabled() => _uncached.Search(_request, includeCpt: true).Results.Count;

    private SearchCodesHandler Handler(bool enabled)
    {
        var provider = new ServedIndexProvider();
        provider.Publish(_index);
        var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        var cache = new ResponseCache(Options.Create(new CacheOptions { Enabled = enabled }), metrics, TimeProvider.System);
        var tokens = PageTokenCodec.FromConfiguration("bench");
        return new SearchCodesHandler(new CodeSearchService(provider, TimeProvider.System), provider, new SearchRequestValidator(tokens), tokens, cache, TimeProvider.System);
    }
}
