using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Tests.Support;

/// <summary>Variations of the fixture manifest for loader tests.</summary>
internal static class ManifestBuilder
{
    public static SourceManifest WithRelease(SourceManifest manifest, int index, Func<ManifestRelease, ManifestRelease> change)
    {
        var releases = manifest.Releases.ToList();
        releases[index] = change(releases[index]);
        return manifest with { Releases = releases };
    }

    public static SourceManifest WithChecksum(SourceManifest manifest, int index, string sha, long? size = null) =>
        WithRelease(manifest, index, r => r with { File = r.File with { Sha256 = sha, SizeBytes = size } });

    public static SourceManifest Only(SourceManifest manifest, int index) => manifest with { Releases = [manifest.Releases[index]] };
}
