using System.Security.Cryptography;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Fetching;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Fetching;

public class SourceFetcherTests
{
    private static readonly byte[] Payload = "PK fake zip bytes for the fetcher"u8.ToArray();
    private static readonly Uri Url = new("https://downloads.example.org/files/pack.zip");

    private static SourceManifest Manifest(byte[] bytes, string? sha = null, long? size = null, Uri? url = null) => new("test.json", 1,
    [
        new ManifestRelease(CodeSystemId.Hcpcs, "2026-01", new DateOnly(2026, 1, 1), null, SourceFormat.HcpcsFixedWidth,
            new ManifestFile("hcpcs/2026/pack.zip", url ?? Url, sha ?? Convert.ToHexStringLower(SHA256.HashData(bytes)), size ?? bytes.Length,
                new Dictionary<string, string> { ["records"] = "r.txt" }),
            null),
    ]);

    private static (SourceFetcher Fetcher, FakeHttpHandler Handler) Fetcher(byte[]? served = null)
    {
        var handler = new FakeHttpHandler(new() { [Url] = served ?? Payload });
        return (new SourceFetcher(new HttpClient(handler)), handler);
    }

    [Fact]
    public async Task FetchAll_NewFile_DownloadsVerifiesAndPlacesIt()
    {
        using var dir = new TempDirectory();
        var (fetcher, _) = Fetcher();

        var outcome = Assert.Single(await fetcher.FetchAllAsync(Manifest(Payload), dir.Path));

        Assert.Equal(FetchAction.Downloaded, outcome.Action);
        Assert.Equal(dir.Combine("hcpcs", "2026", "pack.zip"), outcome.Path);
        Assert.Equal(Payload, File.ReadAllBytes(outcome.Path));
        Assert.Single(Directory.GetFiles(dir.Combine("hcpcs", "2026")));
    }

    [Fact]
    public async Task FetchAll_FilePresentWithRightSha_SkipsDownload()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("hcpcs", "2026"));
        File.WriteAllBytes(dir.Combine("hcpcs", "2026", "pack.zip"), Payload);
        var (fetcher, handler) = Fetcher();

        var outcome = Assert.Single(await fetcher.FetchAllAsync(Manifest(Payload), dir.Path));

        Assert.Equal(FetchAction.AlreadyPresent, outcome.Action);
        Assert.Equal(0, handler.Requests);
    }

    [Fact]
    public async Task FetchAll_FilePresentWithWrongSha_ReplacesIt()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("hcpcs/2026/pack.zip", "stale partial copy");
        var (fetcher, handler) = Fetcher();

        var outcome = Assert.Single(await fetcher.FetchAllAsync(Manifest(Payload), dir.Path));

        Assert.Equal(FetchAction.Downloaded, outcome.Action);
        Assert.Equal(1, handler.Requests);
        Assert.Equal(Payload, File.ReadAllBytes(target));
    }

    [Fact]
    public async Task FetchAll_ShaMismatch_ThrowsAndLeavesNothingBehind()
    {
        using var dir = new TempDirectory();
        var tampered = "tampered bytes"u8.ToArray();
        var (fetcher, _) = Fetcher(tampered);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Payload));

        var ex = await Assert.ThrowsAsync<SourceDataException>(() => fetcher.FetchAllAsync(Manifest(Payload, size: tampered.Length), dir.Path));

        Assert.Contains(expected, ex.Message);
        Assert.Contains(Url.ToString(), ex.Message);
        Assert.Empty(Directory.GetFiles(dir.Combine("hcpcs", "2026")));
    }

    [Fact]
    public async Task FetchAll_SizeMismatch_ThrowsAndDeletesTemp()
    {
        using var dir = new TempDirectory();
        var (fetcher, _) = Fetcher(Payload[..10]);

        var ex = await Assert.ThrowsAsync<SourceDataException>(() => fetcher.FetchAllAsync(Manifest(Payload), dir.Path));

        Assert.Contains($"returned 10 bytes; the manifest expects {Payload.Length}", ex.Message);
        Assert.Empty(Directory.GetFiles(dir.Combine("hcpcs", "2026")));
    }

    [Fact]
    public async Task FetchAll_HttpError_ThrowsWithStatusAndUrl()
    {
        using var dir = new TempDirectory();
        var (fetcher, _) = Fetcher();

        var ex = await Assert.ThrowsAsync<SourceDataException>(() =>
            fetcher.FetchAllAsync(Manifest(Payload, url: new Uri("https://downloads.example.org/missing.zip")), dir.Path));

        Assert.Contains("HTTP 404", ex.Message);
        Assert.Contains("missing.zip", ex.Message);
    }

    [Fact]
    public async Task FetchAll_FixtureManifestWithoutUrl_Throws()
    {
        using var dir = new TempDirectory();
        var (fetcher, handler) = Fetcher();

        var ex = await Assert.ThrowsAsync<SourceDataException>(() => fetcher.FetchAllAsync(Fixtures.Manifest, dir.Path));

        Assert.Contains("no url and sha256", ex.Message);
        Assert.Equal(0, handler.Requests);
    }
}
