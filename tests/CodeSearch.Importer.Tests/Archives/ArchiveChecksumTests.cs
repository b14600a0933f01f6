using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Archives;

public class ArchiveChecksumTests
{
    private static ManifestFile Entry(string? sha, long? size) =>
        new("sys/2026/pack.zip", null, sha, size, new Dictionary<string, string> { ["order"] = "a.txt" });

    [Fact]
    public void Verify_ZipMatchingManifest_ReturnsTrue()
    {
        using var dir = new TempDirectory();
        var zip = SourceArchivesTests.WriteZip(dir, ("a.txt", "alpha"));
        var sha = Sha256Hex.OfFile(zip);
        using var archive = SourceArchives.TryOpen(dir.Path, Entry(sha, null))!;

        Assert.True(ArchiveChecksum.Verify(archive, Entry(sha, new FileInfo(zip).Length)));
    }

    [Fact]
    public void Verify_ShaMismatch_ThrowsWithFileExpectedAndActual()
    {
        using var dir = new TempDirectory();
        var zip = SourceArchivesTests.WriteZip(dir, ("a.txt", "alpha"));
        var wrong = new string('0', 64);
        using var archive = SourceArchives.TryOpen(dir.Path, Entry(wrong, null))!;

        var ex = Assert.Throws<SourceDataException>(() => ArchiveChecksum.Verify(archive, Entry(wrong, null)));

        Assert.Contains("pack.zip", ex.Message);
        Assert.Contains(wrong, ex.Message);
        Assert.Contains(Sha256Hex.OfFile(zip), ex.Message);
    }

    [Fact]
    public void Verify_SizeMismatch_ThrowsBeforeHashing()
    {
        using var dir = new TempDirectory();
        SourceArchivesTests.WriteZip(dir, ("a.txt", "alpha"));
        using var archive = SourceArchives.TryOpen(dir.Path, Entry(null, null))!;

        var ex = Assert.Throws<SourceDataException>(() => ArchiveChecksum.Verify(archive, Entry(new string('0', 64), 2_198_159)));

        Assert.Contains("2,198,159", ex.Message);
    }

    [Fact]
    public void Verify_ManifestWithoutSha_ReturnsFalse()
    {
        using var dir = new TempDirectory();
        SourceArchivesTests.WriteZip(dir, ("a.txt", "alpha"));
        using var archive = SourceArchives.TryOpen(dir.Path, Entry(null, null))!;

        Assert.False(ArchiveChecksum.Verify(archive, Entry(null, null)));
    }

    [Fact]
    public void Verify_FolderEvenWithItsOwnSha_NeverClaimsAMatch()
    {
        using var dir = new TempDirectory();
        dir.Write("sys/2026/pack/a.txt", "alpha");
        using var archive = SourceArchives.TryOpen(dir.Path, Entry(null, null))!;

        Assert.False(ArchiveChecksum.Verify(archive, Entry(archive.Sha256, archive.SizeBytes)));
    }
}
