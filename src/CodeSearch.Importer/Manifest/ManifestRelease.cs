using CodeSearch.Core;

namespace CodeSearch.Importer.Manifest;

/// <summary>One release of one code system in the manifest: its validity window, its file and expected counts.</summary>
public sealed record ManifestRelease(
    CodeSystemId System,
    string ReleaseId,
    DateOnly EffectiveDate,
    DateOnly? EndDate,
    SourceFormat Format,
    ManifestFile File,
    ExpectedCounts? Expected)
{
    /// <summary>Short label for messages and logs, e.g. "icd10cm FY2026".</summary>
    public string Label => $"{System.Key()} {ReleaseId}";

    /// <summary>The domain release this entry describes.</summary>
    public CodeRelease ToCodeRelease() => new()
    {
        System = System,
        ReleaseId = ReleaseId,
        EffectiveDate = EffectiveDate,
        EndDate = EndDate,
    };
}
