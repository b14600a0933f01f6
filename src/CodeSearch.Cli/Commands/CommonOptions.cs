using System.CommandLine;

namespace CodeSearch.Cli.Commands;

/// <summary>Options several commands share, with the same defaults as the server's configuration.</summary>
internal static class CommonOptions
{
    public static Option<string> SourceDir() => new("--source-dir")
    {
        Description = "Folder laid out <system>/<release>/<official file> (a local mirror such as ../shared/codesets). Env: CodeSearch__Data__SourceDirectory.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CodeSearch__Data__SourceDirectory") ?? "data/sources",
    };

    public static Option<string> IndexDir() => new("--index-dir")
    {
        Description = "Folder the index generations live in. Env: CodeSearch__Data__IndexDirectory.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CodeSearch__Data__IndexDirectory") ?? "data/index",
    };

    public static Option<string> Manifest() => new("--manifest")
    {
        Description = "The manifest of official sources.",
        DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "index-data", "sources.json"),
    };

    public static Option<bool> Sample() => new("--sample")
    {
        Description = "Use the bundled hand-written sample instead of official files.",
    };
}
