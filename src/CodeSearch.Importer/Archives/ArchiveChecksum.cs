using CodeSearch.Core.Errors;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Archives;

/// <summary>Checks an opened source against the size and sha256 the manifest records.</summary>
public static class ArchiveChecksum
{
    /// <summary>
    /// Returns true when the official zip matches the manifest's size and sha256; false when there is nothing to
    /// compare (an unpacked folder, or a manifest entry without sha256). A folder is never reported as matching.
    /// </summary>
    /// <exception cref="SourceDataException">Size or sha256 differ; the message names the file, expected and actual values.</exception>
    public static bool Verify(ISourceArchive archive, ManifestFile file)
    {
        if (!archive.IsOfficialFile || file.Sha256 is null) return false;
        if (file.SizeBytes is { } size && size != archive.SizeBytes)
        {
            throw new SourceDataException(
                $"'{archive.Location}' is {archive.SizeBytes:N0} bytes; the manifest expects {size:N0} (truncated or a different release?).");
        }
        var actual = archive.Sha256;
        if (!string.Equals(actual, file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new SourceDataException(
                $"'{archive.Location}' has sha256 {actual}; the manifest expects {file.Sha256}.");
        }
        return true;
    }
}
