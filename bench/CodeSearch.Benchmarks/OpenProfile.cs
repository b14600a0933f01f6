using System.Diagnostics;
using CodeSearch.Indexing.Build;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Reference;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// `open-profile INDEX_DIR [RUNS]`: the catalog read (catalog.bin to codes, the critical path of a generation's open)
/// and the whole open of the current generation, each RUNS times (default 5) in one process, with the thread's CPU time
/// (the catalog read runs on one thread) and the process's for the open (its parts run on their own threads): figures
/// a loaded machine disturbs far less than wall-clock time. The first run includes the JIT, as a server's start does.
/// </summary>
internal static class OpenProfile
{
    public static void Run(string[] args)
    {
        var directory = new IndexGenerationStore(args[1]).CurrentDirectory()
                        ?? throw new InvalidOperationException("No current generation in " + args[1]);
        var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        Console.WriteLine("run\tcatalog wall ms\tcatalog thread CPU ms\treference.bin CPU ms\tentry searcher CPU ms\treference lookup CPU ms\topen wall ms\topen process CPU ms\tcodes");
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect();
            var (cpu, wall) = (ThreadCpu.Micros(), Stopwatch.GetTimestamp());
            var codes = CatalogFile.Read(directory);
            var catalogWall = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
            var catalogCpu = (ThreadCpu.Micros() - cpu) / 1000;
            GC.Collect();
            var (referenceRead, entries, lookup) = Reference(directory);
            GC.Collect();
            var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
            wall = Stopwatch.GetTimestamp();
            using (LuceneCodeIndex.Open(directory))
            {
                var openWall = Stopwatch.GetElapsedTime(wall).TotalMilliseconds;
                var openCpu = (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds;
                Console.WriteLine($"{run}\t{catalogWall:0}\t{catalogCpu:0}\t{referenceRead:0}\t{entries:0}\t{lookup:0}\t{openWall:0}\t{openCpu:0}\t{codes.Length}");
            }
        }
    }

    // The reference thread's three parts, in its thread's CPU milliseconds.
    private static (double Read, double Entries, double Lookup) Reference(string directory)
    {
        var cpu = ThreadCpu.Micros();
        var data = ReferenceFile.Read(directory);
        var read = ThreadCpu.Micros();
        if (data is null) return ((read - cpu) / 1000, 0, 0);
        using var entries = new EntrySearcher(directory, data);
        var searcher = ThreadCpu.Micros();
        _ = new ReferenceLookup(data);
        var lookup = ThreadCpu.Micros();
        return ((read - cpu) / 1000, (searcher - read) / 1000, (lookup - searcher) / 1000);
    }
}
