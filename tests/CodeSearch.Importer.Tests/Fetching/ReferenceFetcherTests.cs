using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Fetching;
using CodeSearch.Importer.Reference;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Fetching;

/// <summary>The reference XML files are fetched like the releases: from a mirror or the official package, always verified.</summary>
public class ReferenceFetcherTests
{
    private static readonly byte[] Xml = Encoding.UTF8.GetBytes("<ICD10CM.tabular><version>2023</version></ICD10CM.tabular>");
    private static readonly string XmlSha = Convert.ToHexStringLower(SHA256.HashData(Xml));
    private static readonly Uri PackageUrl = new("https://downloads.example.org/icd10cm/tabular-index.zip");

    private static ReferenceSource Source(string? sha = null, Uri? url = null) =>
        new("tabular", "FY2023", "icd10cm/2023/icd10cm_tabular_2023.xml", sha ?? XmlSha, "package", url);

    [Fact]
    public async Task Mirror_GzippedCopy_IsPlacedGzippedAndVerifiedAgainstTheXml()
    {
        using var mirror = new TempDirectory();
        using var target = new TempDirectory();
        Directory.CreateDirectory(mirror.Combine("deep", "folder"));
        await using (var gz = new GZipStream(File.Create(mirror.Combine("deep", "folder", "icd10cm_tabular_2023.xml.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Xml);
        }
        var fetcher = new ReferenceFetcher(new HttpClient(new FakeHttpHandler(new())), mirror.Path);

        var outcome = await fetcher.FetchAsync(Source(), target.Path);

        Assert.Equal(FetchAction.Downloaded, outcome.Action);
        Assert.Equal(target.Combine("icd10cm", "2023", "icd10cm_tabular_2023.xml.gz"), outcome.Path);
        Assert.Equal(XmlSha, ReferenceLoader.Sha256OfXml(outcome.Path));
        Assert.Equal(FetchAction.AlreadyPresent, (await fetcher.FetchAsync(Source(), target.Path)).Action);
    }

    [Fact]
    public async Task Download_OfficialPackage_TakesTheMemberOutOfTheZip()
    {
        using var target = new TempDirectory();
        var handler = new FakeHttpHandler(new() { [PackageUrl] = Package(("Table and Index/icd10cm_tabular_2023.xml", Xml), ("other.xml", [1, 2])) });
        var fetcher = new ReferenceFetcher(new HttpClient(handler));

        var outcome = await fetcher.FetchAsync(Source(url: PackageUrl), target.Path);

        Assert.Equal(target.Combine("icd10cm", "2023", "icd10cm_tabular_2023.xml"), outcome.Path);
        Assert.Equal(Xml, File.ReadAllBytes(outcome.Path));
    }

    [Fact]
    public async Task Download_WrongSha_FailsAndLeavesNothingUnderTheOfficialName()
    {
        using var target = new TempDirectory();
        var handler = new FakeHttpHandler(new() { [PackageUrl] = Package(("icd10cm_tabular_2023.xml", Xml)) });
        var fetcher = new ReferenceFetcher(new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<SourceDataException>(() => fetcher.FetchAsync(Source(sha: new string('0', 64), url: PackageUrl), target.Path));

        Assert.Contains("the manifest expects", ex.Message);
        Assert.Empty(Directory.GetFiles(target.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Mirror_MissingFileAndNoUrl_FailsNamingTheMirror()
    {
        using var mirror = new TempDirectory();
        using var target = new TempDirectory();
        var fetcher = new ReferenceFetcher(new HttpClient(new FakeHttpHandler(new())), mirror.Path);

        var ex = await Assert.ThrowsAsync<SourceDataException>(() => fetcher.FetchAsync(Source(), target.Path));

        Assert.Contains("icd10cm_tabular_2023.xml", ex.Message);
        Assert.Contains(mirror.Path, ex.Message);
    }

    [Fact]
    public void ShippedManifest_EveryReferenceFileHasAnOfficialPackageUrlAndSha256()
    {
        var sources = ReferenceSource.ReadManifest(CodeSearch.Tests.TestPaths.Manifest);

        Assert.Equal(ReferenceSource.Kinds.Order(), sources.Select(s => s.Kind).Order());
        Assert.All(sources, s =>
        {
            Assert.Equal("https", s.Url?.Scheme);
            Assert.EndsWith(".zip", s.Url!.AbsolutePath, StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", s.Sha256!);
        });
    }

    private static byte[] Package(params (string Name, byte[] Bytes)[] members)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in members)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        return buffer.ToArray();
    }
}
