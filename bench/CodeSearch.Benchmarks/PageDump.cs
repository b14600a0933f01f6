using System.Diagnostics;
using System.Globalization;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Every page of the profile query sets (page 20 and page 100, every system) written to a file, codes, scores and
/// matched synonyms, so two builds can be diffed for identical results; then the slowest queries of a timed pass.
/// Run: <c>CodeSearch.Benchmarks pages &lt;output file&gt; [set]</c>.
/// </summary>
internal static class PageDump
{
    public static void Run(string[] args)
    {
        var output = args.Length > 1 ? args[1] : "pages.txt";
        var only = args.Length > 2 ? args[2] : null;
        using var index = BenchIndex.OpenFull();
        var scope = ProfileQuerySets.AllReleases(index);
        using var writer = new StreamWriter(output);
        foreach (var (name, queries) in ProfileQuerySets.Load(only))
        {
            var firstSight = 0.0;
            foreach (var size in new[] { 20, 100 })
            {
                foreach (var q in queries)
                {
                    var start = ThreadCpu.Micros();
                    var page = index.Search(scope, q, 0, size);
                    if (size == 20) firstSight += ThreadCpu.Micros() - start;
                    var hits = string.Join(' ', page.Hits.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Code.Code}:{h.Score:G7}:{h.MatchedSynonym}")));
                    writer.WriteLine($"{name}\t{size}\t{q}\t{page.HasMore}\t{page.UnderstoodAs}\t{hits}");
                }
            }
            Console.WriteLine($"{name} first sight (page 20): thread CPU mean {firstSight / queries.Count:F0} µs/query");
            for (var pass = 1; pass <= 3; pass++)
            {
                // Thread CPU time, not wall time: on a loaded machine the wall time mostly measures waiting for a core.
                var times = new List<(double Micros, string Query)>(queries.Count);
                var process = Process.GetCurrentProcess().TotalProcessorTime;
                // Bytes allocated by the searching thread: what the garbage collector later pays for, exactly repeatable.
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var wall = Stopwatch.StartNew();
                foreach (var q in queries)
                {
                    var start = ThreadCpu.Micros();
                    index.Search(scope, q, 0, 20);
                    times.Add((ThreadCpu.Micros() - start, q));
                }
                var processMicros = (Process.GetCurrentProcess().TotalProcessorTime - process).TotalMicroseconds / queries.Count;
                var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / queries.Count;
                var total = times.Sum(t => t.Micros);
                var sorted = times.Select(t => t.Micros).Order().ToList();
                Console.WriteLine($"{name} pass {pass}: {queries.Count} queries, thread CPU mean {total / queries.Count:F0} µs, median {sorted[sorted.Count / 2]:F0}, p90 {sorted[sorted.Count * 9 / 10]:F0}; process CPU {processMicros:F0} µs/query; allocated {kilobytes:F1} KB/query; wall {wall.Elapsed.TotalMicroseconds / queries.Count:F0} µs/query");
                if (pass < 3) continue;
                foreach (var (micros, query) in times.OrderByDescending(t => t.Micros).Take(10)) Console.WriteLine($"  {micros,8:F0} µs  {query}");
            }
        }
    }
}
