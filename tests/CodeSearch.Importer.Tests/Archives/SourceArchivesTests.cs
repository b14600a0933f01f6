using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Archives;

public class SourceArchivesTests
{
    private static readonly ManifestFile File = new("sys/2026/pack.zip", null, null, null, new Dictionary<string, string> { ["order"] = "a.txt" });

    [Fact]
    public void TryOpen_NeitherZipNorFolder_ReturnsNull()
    {
        using var dir = new TempDirectory();

        Assert.Null(SourceArchives.TryOpen(dir.Path, File));
    }

    [Fact]
    public void TryOpen_Zip_ReadsMembersInPlace()
    {
        using var dir = new TempDirectory();
        var zipPath = WriteZip(dir, ("a.txt", "alpha"), ("b.txt", "beta"));

        using var archive = SourceArchives.TryOpen(dir.Path, File)!;

        Assert.True(archive.IsOfficialFile);
        Assert.Equal("pack.zip", archive.DisplayName);
        Assert.Equal(["a.txt", "b.txt"], archive.MemberNames);
        Assert.Equal("beta", ReadAll(archive, "b.txt"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(zipPath))), archive.Sha256);
        Assert.False(Directory.Exists(dir.Combine("sys", "2026", "pack")));
    }

    [Fact]
    public void TryOpen_FolderWithoutZip_OpensFolderAndHashesMembersInNameOrder()
    {
        using var dir = new TempDirectory();
        dir.Write("sys/2026/pack/b.txt", "beta");
        dir.Write("sys/2026/pack/a.txt", "alpha");

        using var archive = SourceArchives.TryOpen(dir.Path, File)!;

        Assert.False(archive.IsOfficialFile);
        Assert.Equal("pack", archive.DisplayName);
        Assert.Equal(9, archive.SizeBytes);
        Assert.Equal("alpha", ReadAll(archive, "a.txt"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("alphabeta"u8)), archive.Sha256);
    }

    [Fact]
    public void OpenMember_AbsentFromZip_ThrowsNamingArchiveAndMember()
    {
        using var dir = new TempDirectory();
        WriteZip(dir, ("a.txt", "alpha"));
        using var archive = SourceArchives.TryOpen(dir.Path, File)!;

        var ex = Assert.Throws<SourceDataException>(() => archive.OpenMember("order.txt"));

        Assert.Contains("pack.zip", ex.Message);
        Assert.Contains("order.txt", ex.Message);
    }

    [Fact]
    public void OpenMember_AbsentFromFolder_ThrowsNamingFolderAndMember()
    {
        using var dir = new TempDirectory();
        dir.Write("sys/2026/pack/a.txt", "alpha");
        using var archive = SourceArchives.TryOpen(dir.Path, File)!;

        var ex = Assert.Throws<SourceDataException>(() => archive.OpenMember("order.txt"));

        Assert.Contains("pack", ex.Message);
        Assert.Contains("order.txt", ex.Message);
    }

    [Fact]
    public void TryOpen_GarbageZip_ThrowsNamingFile()
    {
        using var dir = new TempDirectory();
        dir.Write("sys/2026/pack.zip", "this is not a zip file at all");

        var ex = Assert.Throws<SourceDataException>(() => SourceArchives.TryOpen(dir.Path, File));

        Assert.Contains("pack.zip", ex.Message);
        Assert.Contains("corrupt", ex.Message);
    }

    [Fact]
    public void TryOpen_TruncatedZip_ThrowsNamingFile()
    {
        using var dir = new TempDirectory();
        var zipPath = WriteZip(dir, ("a.txt", new string('x', 5000)));
        var bytes = System.IO.File.ReadAllBytes(zipPath);
        System.IO.File.WriteAllBytes(zipPath, bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<SourceDataException>(() => SourceArchives.TryOpen(dir.Path, File));

        Assert.Contains("pack.zip", ex.Message);
    }

    internal static string WriteZip(TempDirectory dir, params (string Name, string Text)[] members)
    {
        var path = dir.Combine("sys", "2026", "pack.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in members)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.ASCII);
            writer.Write(text);
        }
        return path;
    }

    private static string ReadAll(ISourceArchive archive, string member)
    {
        using var reader = new StreamReader(archive.OpenMember(member));
        return reader.ReadToEnd();
    }
}
