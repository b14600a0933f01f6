using BenchmarkDotNet.Running;

namespace CodeSearch.Benchmarks;

internal static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            SearchStageProfile.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "tail")
        {
            QueryTail.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "prune-oracle")
        {
            PruneOracle.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "suggest-retained") { SuggestionRetention.Run(args); return; }
        if (args.Length > 0 && args[0] == "alloc")
        {
            SearchAllocationProfile.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "profile-suggest")
        {
            SuggestionStageProfile.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "dump-suggest")
        {
            SuggestionDump.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "concurrent")
        {
            ConcurrentSearch.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "pages")
        {
            PageDump.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "compare")
        {
            ScoringComparison.Run(args);
            return;
        }
        if (args.Length > 0 && args[0] == "open-profile")
        {
            OpenProfile.Run(args);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
