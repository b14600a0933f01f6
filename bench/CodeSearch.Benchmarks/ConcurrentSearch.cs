using System.Diagnostics;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Uncached searches on several threads at once, as the server runs them under load: the cold queries (each seen once,
/// page 20, every release) shared out among <c>threads</c> threads searching one index. Prints the process CPU per
/// query, the wall-clock throughput and how often a thread found a lock held (<see cref="Monitor.LockContentionCount"/>):
/// a single-threaded profile cannot show what searches cost each other. Run:
/// <c>CodeSearch.Benchmarks concurrent [threads] [limit] [warm]</c> (default 8 threads, every cold query). With
/// <c>warm</c>, the first <c>warm</c> queries are searched first on the same threads, untimed, and the rest measured
/// after a 2 s pause: the steady state once the JIT's tiers are done (runtime settings such as
/// <c>DOTNET_TieredPGO=0</c> change the first pass's JIT work and the tier-1 code's speed, which the two parts tell apart).
/// </summary>
internal static class ConcurrentSearch
{
    public static void Run(string[] args)
    {
        var threads = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 8;
        var limit = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;
        using var index = BenchIndex.OpenFull();
        var scope = ProfileQuerySets.AllReleases(index);
        var warm = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var all = ProfileQuerySets.Load("cold").Single().Queries.Take(limit).ToList();
        // Warm the JIT and the per-system tables on queries the measured run does not send.
        foreach (var q in new[] { "diab", "chest pain", "fracture of femur", "knee replacement", "insulin" }) index.Search(scope, q, 0, 20);
        if (warm > 0)
        {
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            Measure(index, scope, all.Take(warm).ToList(), threads);
            Console.WriteLine($"warm-up: {warm} cold queries, process CPU "
                + $"{(Process.GetCurrentProcess().TotalProcessorTime - before).TotalMicroseconds / warm:F0} µs/query");
            Thread.Sleep(2000);
        }
        var queries = all.Skip(warm).ToList();

        var contention = Monitor.LockContentionCount;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gcs = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        Measure(index, scope, queries, threads);
        wall.Stop();
        var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds;
        Console.WriteLine($"{queries.Count} cold queries on {threads} threads: process CPU {cpuMicros / queries.Count:F0} µs/query, "
            + $"{queries.Count / wall.Elapsed.TotalSeconds:F1} queries/s wall, lock contentions {Monitor.LockContentionCount - contention} "
            + $"({(double)(Monitor.LockContentionCount - contention) / queries.Count:F2}/query), gen0 collections {GC.CollectionCount(0) - gcs}; "
            + $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    private static void Measure(CodeSearch.Indexing.Search.LuceneCodeIndex index, CodeSearch.Core.Search.SearchScope scope, List<string> queries, int threads)
    {
        var next = -1;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            for (var i = Interlocked.Increment(ref next); i < queries.Count; i = Interlocked.Increment(ref next)) index.Search(scope, queries[i], 0, 20);
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
    }
}
