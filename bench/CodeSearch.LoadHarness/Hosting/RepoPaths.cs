namespace CodeSearch.LoadHarness.Hosting;

/// <summary>Default paths, relative to the repository (found by walking up to CodeSearch.sln) and its ../shared sibling.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ServerDll => Path.Combine(Root, "src", "CodeSearch.Server", "bin", "Release", "net10.0", "CodeSearch.Server.dll");

    public static string IndexDirectory => Environment.GetEnvironmentVariable("CODESEARCH_INDEX_DIR") ?? Path.Combine(Root, "artifacts", "load-index");

    public static string SourceDirectory => Environment.GetEnvironmentVariable("CODESEARCH_SHARED_CODESETS") ?? Shared("codesets");

    public static string NotesFile => Shared("eval", "codiesp", "codiesp-d-dev.jsonl");

    public static string PhrasesFile => Shared("eval", "do", "do-icd10cm-dev.jsonl");

    public static string OutputDirectory => Path.Combine(Root, "artifacts", "bench");

    private static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CodeSearch.sln"))) return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
