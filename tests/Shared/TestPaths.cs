namespace CodeSearch.Tests;

/// <summary>Where the repository, its fixtures and the shared official mirror are.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding CodeSearch.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>index-data/ (manifest and hand-written fixtures).</summary>
    public static string IndexData => Path.Combine(RepoRoot, "index-data");

    /// <summary>Hand-written fixtures in the official formats and names.</summary>
    public static string Fixtures => Path.Combine(IndexData, "fixtures");

    /// <summary>The official source manifest.</summary>
    public static string Manifest => Path.Combine(IndexData, "sources.json");

    /// <summary>
    /// The local mirror of the official files (../shared/codesets beside the clone), or
    /// CODESEARCH_SHARED_CODESETS. Full-data tests fail with this message when it is missing.
    /// </summary>
    public static string SharedCodesets
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("CODESEARCH_SHARED_CODESETS")
                      ?? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "codesets"));
            if (!Directory.Exists(dir))
            {
                throw new InvalidOperationException(
                    $"Full-data tests need the official code-set mirror at '{dir}' (../shared/codesets beside the clone, " +
                    "or set CODESEARCH_SHARED_CODESETS). To run without it: dotnet test --filter \"Category!=FullData\".");
            }
            return dir;
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CodeSearch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CodeSearch.sln not found above " + AppContext.BaseDirectory);
    }
}
