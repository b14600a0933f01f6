using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Fetching;

/// <summary>What happened to one manifest file.</summary>
public enum FetchAction
{
    /// <summary>Downloaded, verified and moved into place.</summary>
    Downloaded = 1,
    /// <summary>Already present with the manifest's sha256; not downloaded again.</summary>
    AlreadyPresent = 2,
}

/// <summary>The result for one manifest file.</summary>
/// <param name="Release">The manifest entry.</param>
/// <param name="Path">Where the file now is.</param>
/// <param name="Action">Downloaded or already present.</param>
/// <param name="SizeBytes">Size of the file.</param>
public sealed record FetchOutcome(ManifestRelease Release, string Path, FetchAction Action, long SizeBytes);
