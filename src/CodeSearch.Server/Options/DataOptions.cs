using System.ComponentModel.DataAnnotations;
using CodeSearch.Importer.Loading;

namespace CodeSearch.Server.Options;

/// <summary>Where the official files and the index live. Section <c>CodeSearch:Data</c>.</summary>
public sealed class DataOptions
{
    public const string Section = "CodeSearch:Data";

    /// <summary>The source directory used when none is configured (created by the first download).</summary>
    public const string DefaultSourceDirectory = "data/sources";

    /// <summary>
    /// Folder laid out like the official download sites (<c>&lt;system&gt;/&lt;release&gt;/&lt;file&gt;</c>), e.g. a mirror
    /// such as ../shared/codesets. Relative paths are resolved against the directory the server is started from
    /// (<c>dotnet run</c> included). A configured folder must exist (start-up fails naming its absolute path); when
    /// unset, <see cref="DefaultSourceDirectory"/> is used and created by the download. Default: unset (<c>data/sources</c>).
    /// </summary>
    public string? SourceDirectory { get; set; }

    /// <summary>Folder the index generations are built in and served from (created when missing; relative to the directory
    /// the server is started from). Default: <c>data/index</c>.</summary>
    [Required]
    public string IndexDirectory { get; set; } = "data/index";

    /// <summary>The manifest of official sources. Default: the copy of index-data/sources.json shipped with the server.</summary>
    public string? ManifestPath { get; set; }

    /// <summary>The bundled sample fixtures (served only outside Production when no official files can be had). Default: the shipped copy.</summary>
    public string? SampleDirectory { get; set; }

    /// <summary>Download missing official files into <see cref="SourceDirectory"/> at start-up (verifying sha256). Default: true.</summary>
    public bool DownloadMissing { get; set; } = true;

    /// <summary>Verify each official file's sha256 against the manifest before importing it. Default: true.</summary>
    public bool VerifyChecksums { get; set; } = true;

    /// <summary>Optional licensee CPT file (CSV, see docs/cpt-format.md). Default: none; CPT is then not served.</summary>
    public string? CptFile { get; set; }

    /// <summary>Release id for the CPT file, e.g. "2026". Default: "licensed".</summary>
    public string CptReleaseId { get; set; } = "licensed";

    /// <summary>First date of service of the CPT file (yyyy-MM-dd). Default: 2000-01-01 (always in force).</summary>
    public DateOnly CptEffectiveDate { get; set; } = new(2000, 1, 1);

    /// <summary>
    /// Seconds between checks of the source directory and manifest for changed or new release files; a change is
    /// imported and built in the background and swapped in atomically (docs/operations.md). 0 turns polling off.
    /// Default: 300.
    /// </summary>
    [Range(0, 86_400)]
    public int ReloadIntervalSeconds { get; set; } = 300;

    /// <summary>
    /// Whether health waits for the first generation's suggestion dictionaries (about 3 s for ICD-10-CM) before it
    /// turns SERVING, so the first SuggestCodes calls on a new replica are not slow. False serves lookups and searches
    /// sooner and lets the first SuggestCodes calls wait for the dictionaries instead. Reloads always warm before the
    /// swap (the old generation serves meanwhile). Default: false (a single server starts fast, as before); the
    /// Kubernetes manifests set it to true, where readiness should mean full speed.
    /// </summary>
    public bool WarmBeforeServing { get; set; }

    /// <summary>The settings of the source plan, with shipped defaults filled in.</summary>
    public SourcePlanSettings ToPlanSettings() => new(
        SourceDirectory ?? DefaultSourceDirectory,
        ManifestPath ?? Path.Combine(AppContext.BaseDirectory, "index-data", "sources.json"),
        SampleDirectory ?? Path.Combine(AppContext.BaseDirectory, "index-data", "fixtures"),
        VerifyChecksums,
        CptFile,
        CptReleaseId,
        CptEffectiveDate);
}
