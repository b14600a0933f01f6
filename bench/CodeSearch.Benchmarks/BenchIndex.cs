using CodeSearch.Importer.Loading;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Builds (once) or reuses the full index from the official mirror: CODESEARCH_SHARED_CODESETS or ../shared/codesets
/// beside the repository; index in CODESEARCH_BENCH_INDEX or artifacts/bench-index.
/// </summary>
internal static class BenchIndex
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string IndexDirectory =>
        Environment.GetEnvironmentVariable("CODESEARCH_BENCH_INDEX") ?? Path.Combine(RepoRoot, "artifacts", "bench-index");

    public static string SourceDirectory =>
        Environment.GetEnvironmentVariable("CODESEARCH_SHARED_CODESETS") ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "codesets"));

    /// <summary>Opens the current full generation, building it first when the sources changed.</summary>
    public static LuceneCodeIndex OpenFull()
    {
        var plan = new SourcePlan(new SourcePlanSettings(SourceDirectory, Path.Combine(RepoRoot, "index-data", "sources.json"),
            Path.Combine(RepoRoot, "index-data", "fixtures")), new ReleaseLoader());
        if (plan.MissingOfficial().Count > 0) throw new InvalidOperationException($"Benchmarks need the official files in {SourceDirectory}.");
        var store = new IndexGenerationStore(IndexDirectory);
        var manager = new IndexManager(store, new IndexBuilder(store, TimeProvider.System, NullLogger<IndexBuilder>.Instance), NullLogger<IndexManager>.Instance);
        return manager.OpenOrBuild(plan.Official()).Index;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CodeSearch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
