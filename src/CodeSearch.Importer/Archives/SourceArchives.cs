using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Archives;

/// <summary>Finds a manifest file under a source directory: the zip if present, else its unpacked folder.</summary>
public static class SourceArchives
{
    /// <summary>
    /// Opens &lt;sourceDirectory&gt;/&lt;file.Path&gt;, or the folder of the same name without ".zip".
    /// Returns null when neither exists, so callers can report the release as missing.
    /// </summary>
    /// <exception cref="Core.Errors.SourceDataException">The zip exists but is truncated or corrupt.</exception>
    public static ISourceArchive? TryOpen(string sourceDirectory, ManifestFile file)
    {
        var path = file.FullPath(sourceDirectory);
        if (File.Exists(path)) return ZipSourceArchive.Open(path);
        var folder = UnpackedFolder(path);
        return folder is not null && Directory.Exists(folder) ? new FolderSourceArchive(folder) : null;
    }

    /// <summary>The folder an unpacked copy of a zip lives in, or null when the path is not a .zip.</summary>
    public static string? UnpackedFolder(string zipPath) =>
        zipPath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? zipPath[..^4] : null;
}
