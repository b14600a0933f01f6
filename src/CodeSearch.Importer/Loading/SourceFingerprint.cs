using System.Globalization;
using System.Text;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Loading;

/// <summary>
/// A cheap fingerprint of the sources a manifest points at: the sha256 of each file found (or "missing"),
/// each release's identity and dates, and <see cref="ImporterVersion"/>. When it is unchanged, an index built
/// from the same sources is still current.
/// </summary>
public static class SourceFingerprint
{
    /// <summary>Bumped whenever the importer's output for the same files changes, so indexes are rebuilt.</summary>
    public const int ImporterVersion = 1;

    /// <summary>Hashes the files under <paramref name="sourceDirectory"/> without parsing them.</summary>
    public static string Compute(SourceManifest manifest, string sourceDirectory) =>
        Combine(manifest.Releases.Select(r => (r, ShaOf(sourceDirectory, r.File))));

    /// <summary>Combines (release, sha256 or null when missing) pairs into the fingerprint: 64 hex digits.</summary>
    public static string Combine(IEnumerable<(ManifestRelease Release, string? Sha256)> sources)
    {
        var text = new StringBuilder().Append("importer=").Append(ImporterVersion).Append('\n');
        foreach (var (release, sha) in sources)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{release.Label}|{release.EffectiveDate:yyyy-MM-dd}|{release.EndDate:yyyy-MM-dd}|{release.Format.Key()}|{release.File.Path}|{sha ?? "missing"}\n");
        }
        return Sha256Hex.OfText(text.ToString());
    }

    private static string? ShaOf(string sourceDirectory, ManifestFile file)
    {
        var path = file.FullPath(sourceDirectory);
        if (File.Exists(path)) return Sha256Hex.OfFile(path);
        var folder = SourceArchives.UnpackedFolder(path);
        if (folder is null || !Directory.Exists(folder)) return null;
        using var archive = new FolderSourceArchive(folder);
        return archive.Sha256;
    }
}
