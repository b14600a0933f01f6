using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// What an uncached search allocates: <see cref="LuceneCodeIndex.Search"/> over the load harness's cold queries (and
/// the everyday dev queries), bytes allocated on the calling thread per query (mean, median, p99, largest) and the time per query, after a first
/// pass that fills the per-generation caches as a running server's would be. Under load these allocations set how
/// much garbage the GC holds between collections (docs/benchmarks.md, "Peak memory under load").
/// After each pass it gives the heap kept since the index was opened (what the per-generation caches hold); with
/// <c>census</c> also how many entries each collection reachable from the index gained and, at the end, how much
/// memory clearing each one gives back (<see cref="CacheCensus"/>).
/// With <c>types</c> also the allocation samples by type, large-object-heap allocations marked "LOH" (<see cref="AllocationTypes"/>).
/// Run: <c>CodeSearch.Benchmarks alloc [passes] [cold|everyday] [census] [types]</c>.
/// </summary>
internal static class SearchAllocationProfile
{
    public static void Run(string[] args)
    {
        var only = args.Length > 2 && args[2] is not ("census" or "types") ? args[2] : null;
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        using var index = BenchIndex.OpenFull();
        var scope = ProfileQuerySets.AllReleases(index);
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var census = args.Contains("census") ? CacheCensus.Take(index) : null;
        using var types = args.Contains("types") ? new AllocationTypes() : null;
        types?.Start();
        foreach (var (name, queries) in ProfileQuerySets.Load(only))
        {
            for (var pass = 1; pass <= passes; pass++)
            {
                var sizes = new long[queries.Count];
                var clock = System.Diagnostics.Stopwatch.StartNew();
                for (var i = 0; i < queries.Count; i++)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    index.Search(scope, queries[i], 0, 20);
                    sizes[i] = GC.GetAllocatedBytesForCurrentThread() - before;
                }
                var micros = clock.Elapsed.TotalMicroseconds / queries.Count;
                Array.Sort(sizes);
                Console.WriteLine($"{name} pass {pass}: {queries.Count} queries, allocated {sizes.Average() / 1024:F0} KiB/query "
                    + $"(median {sizes[sizes.Length / 2] / 1024} KiB, p99 {sizes[sizes.Length * 99 / 100] / 1024} KiB, max {sizes[^1] / 1024} KiB), {micros:F0} µs/query, "
                    + $"retained since the open {(GC.GetTotalMemory(forceFullCollection: true) - retained) / 1048576.0:F1} MiB");
                if (census is not null) CacheCensus.Print(census, CacheCensus.Take(index));
                if (census is not null && pass == passes) CacheCensus.FreeEach();
            }
            types?.Print(30);
        }
    }
}
