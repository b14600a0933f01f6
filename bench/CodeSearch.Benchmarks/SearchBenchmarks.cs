using BenchmarkDotNet.Attributes;
using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>Uncached in-process search over the full index (what SearchCodes does on a cache miss, minus gRPC).</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private LuceneCodeIndex _index = null!;
    private SearchScope _scope = null!;

    [Params("type 2 diabetes", "diab", "fracture of femur", "chest pain unspecified", "E11", "J0696", "0DTJ")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchIndex.OpenFull();
        var releases = _index.Releases.Select(r => r.Release).ToList();
        _scope = new SearchScope(releases, BillableOnly: false, AsOf: new DateOnly(2026, 3, 1));
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public int Search() => _index.Search(_scope, Query, 0, 20).Hits.Count;
}
