using BenchmarkDotNet.Attributes;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Grpc;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Options;
using CodeSearch.Server.Validation;
using CodeSearch.Suggestions.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Proto = CodeSearch.V1;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Per-request work of the server-side handlers, in process (validation, cache key, domain call, proto mapping; no
/// HTTP/2 or serialization): GetCode and SearchCodes with the response cache off (every call does the work) and
/// SuggestCodes on the median-length CodiEsp dev note. Allocations per request are the point.
/// </summary>
[MemoryDiagnoser]
public class HandlerBenchmarks
{
    private LuceneCodeIndex _index = null!;
    private CodeLookupHandler _lookup = null!;
    private CodeLookupHandler _lookupCached = null!;
    private SearchCodesHandler _search = null!;
    private SuggestCodesHandler _suggest = null!;
    private readonly Proto.GetCodeRequest _get = new() { System = Proto.CodeSystem.Icd10Cm, Code = "E11.9" };
    private readonly Proto.SearchCodesRequest _query = new() { Query = "chest pain unspecified" };
    private Proto.SuggestCodesRequest _note = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchIndex.OpenFull();
        var provider = new ServedIndexProvider();
        provider.Publish(_index);
        var tokens = PageTokenCodec.FromConfiguration("bench");
        _lookup = new CodeLookupHandler(new CodeLookupService(provider, TimeProvider.System), provider, Cache(false));
        _lookupCached = new CodeLookupHandler(new CodeLookupService(provider, TimeProvider.System), provider, Cache(true));
        _search = new SearchCodesHandler(new CodeSearchService(provider, TimeProvider.System), provider, new SearchRequestValidator(tokens), tokens, Cache(false), TimeProvider.System);
        var engine = new SuggestionEngine(provider);
        engine.Dictionaries.Warm(_index);
        _suggest = new SuggestCodesHandler(engine, provider, Cache(false), new SuggestionCacheKeys(), Options.Create(new CacheOptions()));
        _note = new Proto.SuggestCodesRequest { Text = BenchNotes.AtPercentile(50), Systems = { Proto.CodeSystem.Icd10Cm } };
        _lookupCached.Get(_get, "");
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public string GetCode() => _lookup.Get(_get, "").Code_;

    [Benchmark]
    public string GetCodeCacheHit() => _lookupCached.Get(_get, "").Code_;

    [Benchmark]
    public int SearchCodes() => _search.Search(_query, includeCpt: true).Results.Count;

    [Benchmark]
    public int SuggestCodes() => _suggest.Suggest(_note, "", CancellationToken.None).Suggestions.Count;

    private static ResponseCache Cache(bool enabled)
    {
        var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        return new ResponseCache(Options.Create(new CacheOptions { Enabled = enabled }), metrics, TimeProvider.System);
    }
}
