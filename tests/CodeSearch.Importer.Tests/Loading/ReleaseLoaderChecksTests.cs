using CodeSearch.Core.Errors;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Loading;

/// <summary>Checksum and expected-count checks, on fixtures zipped into a scratch source directory.</summary>
public class ReleaseLoaderChecksTests
{
    private const int Hcpcs = 2;

    [Fact]
    public void Load_ZipMatchingManifestSha_IsVerified()
    {
        using var dir = new TempDirectory();
        var zip = Fixtures.ZipFolder(Fixtures.HcpcsFolder, dir.Path);
        var manifest = ManifestBuilder.Only(ManifestBuilder.WithChecksum(Fixtures.Manifest, Hcpcs, Sha256Hex.OfFile(zip), new FileInfo(zip).Length), Hcpcs);

        var result = new ReleaseLoader().Load(manifest, dir.Path);

        Assert.True(result.ChecksumsVerified);
        Assert.Equal(Sha256Hex.OfFile(zip), result.Releases.Single().Sources.Single().Sha256);
        Assert.Equal("january-2026-alpha-numeric-hcpcs-file.zip", result.Releases.Single().Sources.Single().FileName);
    }

    [Fact]
    public void Load_ZipShaMismatch_ThrowsNamingFileAndBothShas()
    {
        using var dir = new TempDirectory();
        var zip = Fixtures.ZipFolder(Fixtures.HcpcsFolder, dir.Path);
        var wrong = new string('a', 64);
        var manifest = ManifestBuilder.Only(ManifestBuilder.WithChecksum(Fixtures.Manifest, Hcpcs, wrong), Hcpcs);

        var ex = Assert.Throws<SourceDataException>(() => new ReleaseLoader().Load(manifest, dir.Path));

        Assert.Contains("january-2026-alpha-numeric-hcpcs-file.zip", ex.Message);
        Assert.Contains(wrong, ex.Message);
        Assert.Contains(Sha256Hex.OfFile(zip), ex.Message);
    }

    [Fact]
    public void Load_ZipShaMismatchWithVerificationOff_LoadsUnverified()
    {
        using var dir = new TempDirectory();
        Fixtures.ZipFolder(Fixtures.HcpcsFolder, dir.Path);
        var manifest = ManifestBuilder.Only(ManifestBuilder.WithChecksum(Fixtures.Manifest, Hcpcs, new string('a', 64)), Hcpcs);

        var result = new ReleaseLoader().Load(manifest, dir.Path, new LoadOptions { VerifyChecksums = false });

        Assert.False(result.ChecksumsVerified);
        Assert.Single(result.Unverified);
    }

    [Fact]
    public void Load_CountMismatch_ThrowsNamingFileAndCounts()
    {
        var manifest = ManifestBuilder.WithRelease(Fixtures.Manifest, 0, r => r with { Expected = new ExpectedCounts(98186, 74719, null, null, null) });

        var ex = Assert.Throws<SourceDataException>(() => new ReleaseLoader().Load(manifest, Fixtures.Root));

        Assert.Contains("icd10cm FY2026", ex.Message);
        Assert.Contains("icd10cm-Code Descriptions-2026", ex.Message);
        Assert.Contains("entries 98,186 expected, 47 read", ex.Message);
        Assert.Contains("billable 74,719 expected, 27 read", ex.Message);
    }

    [Fact]
    public void Load_CountMismatchWithCheckingOff_Loads()
    {
        var manifest = ManifestBuilder.WithRelease(Fixtures.Manifest, 0, r => r with { Expected = new ExpectedCounts(1, 1, 1, 1, 1) });

        var result = new ReleaseLoader().Load(manifest, Fixtures.Root, new LoadOptions { CheckExpectedCounts = false });

        Assert.Equal(3, result.Releases.Count);
    }

    [Fact]
    public void Load_TruncatedMemberCutAtLineEnd_IsCaughtByCounts()
    {
        using var dir = new TempDirectory();
        var folder = dir.Combine("hcpcs", "2026", "january-2026-alpha-numeric-hcpcs-file");
        Directory.CreateDirectory(folder);
        var lines = File.ReadAllLines(Fixtures.HcpcsFile);
        File.WriteAllLines(Path.Combine(folder, "HCPC2026_JAN_ANWEB_01122026.txt"), lines[..8]);

        var ex = Assert.Throws<SourceDataException>(() => new ReleaseLoader().Load(ManifestBuilder.Only(Fixtures.Manifest, Hcpcs), dir.Path));

        Assert.Contains("entries 15 expected", ex.Message);
    }

    [Fact]
    public void Load_MalformedLineInZipMember_NamesArchiveMemberAndLine()
    {
        using var dir = new TempDirectory();
        var folder = dir.Combine("src");
        Directory.CreateDirectory(folder);
        var lines = File.ReadAllLines(Fixtures.HcpcsFile);
        lines[4] = lines[4].Remove(10, 1).Insert(10, "9");
        File.WriteAllLines(Path.Combine(folder, "HCPC2026_JAN_ANWEB_01122026.txt"), lines);
        var zip = dir.Combine("hcpcs", "2026", "january-2026-alpha-numeric-hcpcs-file.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        System.IO.Compression.ZipFile.CreateFromDirectory(folder, zip);

        var ex = Assert.Throws<SourceDataException>(() => new ReleaseLoader().Load(ManifestBuilder.Only(Fixtures.Manifest, Hcpcs), dir.Path));

        Assert.StartsWith("january-2026-alpha-numeric-hcpcs-file.zip/HCPC2026_JAN_ANWEB_01122026.txt line 5: record ID", ex.Message);
    }
}
