using System.Diagnostics;
using System.Text.Json;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Every row of the given eval sets searched once in its own system, as <c>codesearch eval --search-only</c> does, in
/// one process, each query's thread CPU timed on first sight and on a repeat: median, p90, p99 and max, and the
/// slowest queries (eval-set phrases only, never notes). Run:
/// <c>CodeSearch.Benchmarks tail &lt;index dir&gt; &lt;out.tsv&gt; &lt;set.jsonl&gt;...</c>.
/// </summary>
internal static class QueryTail
{
    public static void Run(string[] args)
    {
        if (args.Length < 4) throw new ArgumentException("tail <index dir> <out.tsv> <set.jsonl>...");
        var current = new IndexGenerationStore(args[1]).CurrentDirectory() ?? throw new InvalidOperationException("no index");
        using var index = LuceneCodeIndex.Open(current);
        var provider = new Provider(index);
        var service = new CodeSearchService(provider, TimeProvider.System);
        var rows = args.Skip(3).SelectMany(Rows).ToList();
        var firstSight = new double[rows.Count];
        var repeat = new double[rows.Count];
        var allocated = new long[rows.Count];
        var repeatAllocated = new long[rows.Count];
        var collections = new int[rows.Count];
        var passes = int.TryParse(Environment.GetEnvironmentVariable("TAIL_PASSES"), out var p) ? p : 2;
        using var types = Environment.GetEnvironmentVariable("TAIL_ALLOC") == "1" ? new AllocationTypes() : null;
        types?.Start();
        var wall = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var query = new CodeSearchQuery(rows[i].Text, [rows[i].System], false, 0, SearchLimits.DefaultPageSize, null);
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var gcs = GC.CollectionCount(0);
                var start = ThreadCpu.Micros();
                service.Search(query);
                var micros = ThreadCpu.Micros() - start;
                if (pass == 0) { firstSight[i] = micros; allocated[i] = GC.GetAllocatedBytesForCurrentThread() - bytes; collections[i] = GC.CollectionCount(0) - gcs; }
                else if (pass == 1) { repeat[i] = micros; repeatAllocated[i] = GC.GetAllocatedBytesForCurrentThread() - bytes; }
                else repeat[i] = Math.Min(repeat[i], micros);
            }
            if (pass == 0) Console.WriteLine($"first pass wall {wall.Elapsed.TotalSeconds:F2} s");
        }
        types?.Stop();
        types?.Print(40);
        Console.WriteLine($"{rows.Count} queries; thread CPU µs        median      p90      p99      max     mean");
        Console.WriteLine(Line("first sight", firstSight));
        Console.WriteLine(Line("repeat", repeat));
        var quiet = Enumerable.Range(0, rows.Count).Where(i => collections[i] == 0).Select(i => firstSight[i]).ToArray();
        Console.WriteLine(Line("first sight, no GC in it", quiet));
        Console.WriteLine($"allocated first sight: mean {allocated.Average() / 1024:F1} KB, max {allocated.Max() / 1024:F1} KB; repeat mean {repeatAllocated.Average() / 1024:F1} KB; gen0 collections in the first pass {collections.Sum()} ({Enumerable.Range(0, rows.Count).Where(i => collections[i] > 0).Sum(i => firstSight[i]) / firstSight.Sum():P1} of its CPU in the queries that ran them)");
        var median = Percentile(firstSight, 0.5);
        var order = Enumerable.Range(0, rows.Count).OrderByDescending(i => firstSight[i]).ToList();
        Console.WriteLine($"over 10x the first-sight median ({median:F0} µs): {firstSight.Count(t => t > 10 * median)} queries, {firstSight.Where(t => t > 10 * median).Sum() / firstSight.Sum():P1} of the CPU");
        foreach (var i in order.Take(40)) Console.WriteLine($"  {firstSight[i],8:F0} {repeat[i],8:F0} µs {allocated[i] / 1024,7:F0} KB  {rows[i].System}  {rows[i].Text}");
        using var writer = new StreamWriter(args[2]);
        for (var i = 0; i < rows.Count; i++) writer.WriteLine($"{rows[i].Set}\t{rows[i].System}\t{firstSight[i]:F0}\t{repeat[i]:F0}\t{allocated[i]}\t{collections[i]}\t{rows[i].Text}");
    }

    private static string Line(string name, double[] t) =>
        $"{name,-28}{Percentile(t, 0.5),10:F0}{Percentile(t, 0.9),9:F0}{Percentile(t, 0.99),9:F0}{t.Max(),9:F0}{t.Average(),9:F0}";

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static IEnumerable<(string Set, string Text, CodeSystemId System)> Rows(string path)
    {
        var set = Path.GetFileNameWithoutExtension(path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var row = JsonDocument.Parse(line).RootElement;
            var raw = row.GetProperty("text").GetString()!;
            if (!CodeSystemNames.TryParseKey(row.GetProperty("system").GetString(), out var system)) continue;
            var text = QueryText.Normalize(raw);
            if (text.Trim().Length == 0 || raw.Length > SearchLimits.MaxQueryLength) continue;
            yield return (set, text, system);
        }
    }

    private sealed class Provider(LuceneCodeIndex index) : IIndexProvider
    {
        public ICodeIndex Current => index;
        public bool IsReady => true;
    }
}
