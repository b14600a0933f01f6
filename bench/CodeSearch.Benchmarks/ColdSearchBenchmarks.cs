using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CodeSearch.LoadHarness.Workload;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Uncached in-process search over the load harness's cold queries (<see cref="QuerySets"/>: Disease Ontology dev
/// phrases and their typed beginnings, shuffled as the harness shuffles them), first <see cref="Queries"/> of them,
/// page 20 over every system: what the gRPC <c>search-cold</c> scenario asks of the engine, per query.
/// </summary>
[MemoryDiagnoser]
public class ColdSearchBenchmarks
{
    public const int Queries = 1000;

    private LuceneCodeIndex _index = null!;
    private SearchScope _scope = null!;
    private IReadOnlyList<string> _queries = [];

    public static string PhrasesFile =>
        Environment.GetEnvironmentVariable("CODESEARCH_DO_DEV")
        ?? Path.GetFullPath(Path.Combine(BenchIndex.RepoRoot, "..", "shared", "eval", "do", "do-icd10cm-dev.jsonl"));

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(PhrasesFile)) throw new InvalidOperationException($"The cold search benchmark needs the Disease Ontology dev phrases in {PhrasesFile}.");
        var phrases = File.ReadLines(PhrasesFile).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!);
        _queries = QuerySets.Build(phrases).Cold.Take(Queries).ToList();
        _index = BenchIndex.OpenFull();
        _scope = new SearchScope(_index.Releases.Select(r => r.Release).ToList(), BillableOnly: false, AsOf: new DateOnly(2026, 3, 1));
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(OperationsPerInvoke = Queries)]
    public int ColdQuery()
    {
        var hits = 0;
        foreach (var query in _queries) hits += _index.Search(_scope, query, 0, 20).Hits.Count;
        return hits;
    }
}
