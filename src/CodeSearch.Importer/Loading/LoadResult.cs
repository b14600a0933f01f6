using CodeSearch.Core;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Loading;

/// <summary>What <see cref="ReleaseLoader.Load"/> found.</summary>
/// <param name="Releases">The releases read, in manifest order.</param>
/// <param name="Missing">Manifest releases with neither the zip nor its unpacked folder under the source directory.</param>
/// <param name="Unverified">Releases loaded without a checksum match: unpacked folders, entries without sha256, or verification off.</param>
/// <param name="Fingerprint">The <see cref="SourceFingerprint"/> of what was found; equal to <see cref="SourceFingerprint.Compute"/> for the same files.</param>
public sealed record LoadResult(
    IReadOnlyList<ImportedRelease> Releases,
    IReadOnlyList<ManifestRelease> Missing,
    IReadOnlyList<ManifestRelease> Unverified,
    string Fingerprint)
{
    /// <summary>True when at least one release was loaded and every loaded official file matched the manifest's sha256.</summary>
    public bool ChecksumsVerified => Releases.Count > 0 && Unverified.Count == 0;
}
