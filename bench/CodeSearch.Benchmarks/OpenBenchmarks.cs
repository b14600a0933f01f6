using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>Reopening an existing full generation (the work between process start and SERVING when the index is current).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class OpenBenchmarks
{
    private string _directory = "";

    [GlobalSetup]
    public void Setup()
    {
        using (BenchIndex.OpenFull()) { }
        _directory = new IndexGenerationStore(BenchIndex.IndexDirectory).CurrentDirectory()!;
    }

    [Benchmark]
    public int Open()
    {
        using var index = LuceneCodeIndex.Open(_directory);
        return index.Releases.Count;
    }
}
