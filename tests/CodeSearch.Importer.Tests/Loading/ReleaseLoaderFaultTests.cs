using System.IO.Compression;
using System.Text;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Loading;

/// <summary>
/// Missing, truncated and corrupt release files, as a bad download, a full disk or a half-finished copy leaves them:
/// each is reported (missing) or fails the load with a message naming the file and what is wrong.
/// </summary>
public class ReleaseLoaderFaultTests
{
    private const int Cm = 0;
    private const int Hcpcs = 2;
    private const string CmOrder = "icd10cm-order-2026.txt";
    private const string HcpcsMember = "HCPC2026_JAN_ANWEB_01122026.txt";

    [Fact]
    public void Load_ReleaseFileMissing_ReportedAsMissingNotLoaded()
    {
        using var dir = new TempDirectory();
        Fixtures.CopyFolder(Fixtures.HcpcsFolder, dir.Path);

        var result = new ReleaseLoader().Load(Fixtures.Manifest, dir.Path);

        Assert.Equal(["icd10cm FY2026", "icd10pcs FY2026"], result.Missing.Select(m => m.Label));
        Assert.Equal("2026-01", Assert.Single(result.Releases).Release.ReleaseId);
    }

    [Fact]
    public void Load_MemberMissingFromReleaseFolder_NamesFolderAndMember()
    {
        using var dir = new TempDirectory();
        Fixtures.CopyFolder(Fixtures.CmFolder, dir.Path);
        File.Delete(Path.Combine(dir.Path, Path.GetRelativePath(Fixtures.Root, Fixtures.CmFolder), CmOrder));

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Cm));

        Assert.Contains("icd10cm-Code Descriptions-2026", ex.Message);
        Assert.Contains(CmOrder, ex.Message);
    }

    [Fact]
    public void Load_OrderFileCutInTheMiddleOfItsLastLine_NamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var order = CopyCm(dir);
        var bytes = File.ReadAllBytes(order);
        File.WriteAllBytes(order, bytes[..(bytes.Length - 12)]); // the tail of the last long title and its CRLF

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Cm));

        Assert.StartsWith($"icd10cm-Code Descriptions-2026/{CmOrder} line 47: the file ends in the middle of this line", ex.Message);
    }

    [Fact]
    public void Load_HcpcsFileCutInTheMiddleOfARecord_NamesFileAndLine()
    {
        using var dir = new TempDirectory();
        Fixtures.CopyFolder(Fixtures.HcpcsFolder, dir.Path);
        var file = Path.Combine(dir.Path, Path.GetRelativePath(Fixtures.Root, Fixtures.HcpcsFile));
        var text = File.ReadAllText(file);
        var cut = text.IndexOf("K0001", StringComparison.Ordinal) + 60; // inside K0001's long description
        File.WriteAllText(file, text[..cut]);

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Hcpcs));

        Assert.Contains($"{HcpcsMember} line ", ex.Message);
        Assert.Contains("the file ends in the middle of this line (truncated?)", ex.Message);
    }

    [Fact]
    public void Load_EmptyOrderFile_NamesTheOrderFileNotTheAddenda()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(CopyCm(dir), []);

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Cm));

        Assert.Equal($"icd10cm-Code Descriptions-2026/{CmOrder} holds no rows (an empty or truncated file).", ex.Message);
    }

    [Fact]
    public void Load_EmptyHcpcsFile_NamesTheFile()
    {
        using var dir = new TempDirectory();
        Fixtures.CopyFolder(Fixtures.HcpcsFolder, dir.Path);
        File.WriteAllBytes(Path.Combine(dir.Path, Path.GetRelativePath(Fixtures.Root, Fixtures.HcpcsFile)), []);

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Hcpcs));

        Assert.Equal($"january-2026-alpha-numeric-hcpcs-file/{HcpcsMember} holds no records (an empty or truncated file).", ex.Message);
    }

    [Fact]
    public void Load_BytesThatAreNotText_NamesFileAsNotText()
    {
        using var dir = new TempDirectory();
        var order = CopyCm(dir);
        var bytes = File.ReadAllBytes(order);
        bytes[200] = 0xC3; // a UTF-8 lead byte followed by an ASCII byte: invalid
        bytes[201] = 0x28;
        File.WriteAllBytes(order, bytes);

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Cm));

        Assert.Contains($"icd10cm-Code Descriptions-2026/{CmOrder} is not ASCII/UTF-8 text", ex.Message);
    }

    [Fact]
    public void Load_CorruptCompressedBytesInZipWithoutManifestSha_NamesArchiveAndMember()
    {
        using var dir = new TempDirectory();
        var zip = Fixtures.ZipFolder(Fixtures.HcpcsFolder, dir.Path);
        CorruptMemberData(zip, HcpcsMember);

        var ex = Assert.Throws<SourceDataException>(() => Load(dir.Path, Hcpcs));

        Assert.StartsWith($"january-2026-alpha-numeric-hcpcs-file.zip/{HcpcsMember} cannot be read (corrupt or truncated archive?)", ex.Message);
    }

    [Fact]
    public void Load_CorruptZipWithManifestSha_NamesFileAndBothShasBeforeReading()
    {
        using var dir = new TempDirectory();
        var zip = Fixtures.ZipFolder(Fixtures.HcpcsFolder, dir.Path);
        var good = Sha256Hex.OfFile(zip);
        var size = new FileInfo(zip).Length;
        CorruptMemberData(zip, HcpcsMember);
        var manifest = ManifestBuilder.Only(ManifestBuilder.WithChecksum(Fixtures.Manifest, Hcpcs, good, size), Hcpcs);

        var ex = Assert.Throws<SourceDataException>(() => new ReleaseLoader().Load(manifest, dir.Path));

        Assert.Contains("january-2026-alpha-numeric-hcpcs-file.zip", ex.Message);
        Assert.Contains(good, ex.Message);
        Assert.Contains(Sha256Hex.OfFile(zip), ex.Message);
    }

    private static LoadResult Load(string directory, int release) =>
        new ReleaseLoader().Load(ManifestBuilder.Only(Fixtures.Manifest, release), directory);

    private static string CopyCm(TempDirectory dir)
    {
        Fixtures.CopyFolder(Fixtures.CmFolder, dir.Path);
        return Path.Combine(dir.Path, Path.GetRelativePath(Fixtures.Root, Fixtures.CmFolder), CmOrder);
    }

    // Flips bytes in the middle of the member's compressed data; the zip's directory stays intact.
    private static void CorruptMemberData(string zip, string member)
    {
        long offset, length;
        using (var archive = ZipFile.OpenRead(zip))
        {
            length = archive.GetEntry(member)!.CompressedLength;
        }
        var bytes = File.ReadAllBytes(zip);
        var name = Encoding.ASCII.GetBytes(member);
        offset = bytes.AsSpan().IndexOf(name) + name.Length; // local header name, then the data
        for (var i = 0; i < 16; i++) bytes[offset + length / 2 + i] ^= 0x5A;
        File.WriteAllBytes(zip, bytes);
    }
}
