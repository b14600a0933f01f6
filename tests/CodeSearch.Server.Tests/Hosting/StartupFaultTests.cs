using System.IO.Compression;
using System.Text.Json.Nodes;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Health.V1;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>
/// Restarts over damaged data: a release file spoilt since the last good index (the index stays in use), a corrupt
/// index generation (rebuilt, never served), and a file failing the manifest's sha256 with nothing to fall back on
/// (NOT_SERVING, naming the file).
/// </summary>
public class StartupFaultTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Restart_ReleaseFileTruncatedSinceTheLastGoodIndex_ServesThatIndexAndNamesTheFile()
    {
        using var sources = new ReloadableSources();
        var settings = IndexedAt(sources, Path.Combine(sources.Root, "index-" + Guid.NewGuid().ToString("N")));
        var good = await ServeOnceAsync(sources, settings);
        var hcpcs = Directory.GetFiles(Path.Combine(sources.Root, "hcpcs", "2026", "january-2026-alpha-numeric-hcpcs-file")).Single();
        var text = File.ReadAllText(hcpcs);
        File.WriteAllText(hcpcs, text[..(text.IndexOf("K0001", StringComparison.Ordinal) + 60)]);

        using var factory = new CodeSearchServerFactory("Production", sources.Root, settings);
        await factory.WaitUntilServingAsync(Timeout);

        Assert.Equal(good, (await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration);
        // The last good index serves while the changed sources build; their failure is reported when the build ends,
        // which may be after SERVING.
        var problem = await factory.WaitForStartupProblemAsync(Timeout);
        Assert.Contains("HCPC2026_JAN_ANWEB_01122026.txt line", problem);
        Assert.Contains("truncated", problem);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
    }

    [Theory]
    [InlineData("truncate terms dictionary")]
    [InlineData("delete segments file")]
    public async Task Restart_ServedGenerationCorrupt_RebuiltNeverServed(string damage)
    {
        using var sources = new ReloadableSources();
        var index = Path.Combine(sources.Root, "index-" + Guid.NewGuid().ToString("N"));
        var settings = IndexedAt(sources, index);
        var corrupt = await ServeOnceAsync(sources, settings);
        var folder = Path.Combine(index, corrupt);
        if (damage == "delete segments file") File.Delete(Directory.GetFiles(folder, "segments_*").Single());
        else Truncate(Directory.GetFiles(folder, "*.tim").Single());

        using var factory = new CodeSearchServerFactory("Production", sources.Root, settings);
        await factory.WaitUntilServingAsync(Timeout);

        var served = (await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration;
        Assert.NotEqual(corrupt, served);
        Assert.False(Directory.Exists(folder));
        Assert.Equal("K0001", (await factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = "wheelchair", Systems = { CodeSystem.Hcpcs } })).Results.Single().Code.Code_);
    }

    [Fact]
    public async Task Start_ZipFailsTheManifestSha256AndNoIndex_NotServingNamingTheFile()
    {
        using var sources = new ReloadableSources();
        var folder = Path.Combine(sources.Root, "hcpcs", "2026", "january-2026-alpha-numeric-hcpcs-file");
        ZipFile.CreateFromDirectory(folder, folder + ".zip");
        Directory.Delete(folder, recursive: true);
        var manifest = JsonNode.Parse(File.ReadAllText(sources.ManifestPath))!;
        manifest["releases"]!.AsArray().Single(r => (string?)r!["system"] == "hcpcs")!["file"]!["sha256"] = new string('0', 64);
        File.WriteAllText(sources.ManifestPath, manifest.ToJsonString());

        using var factory = new CodeSearchServerFactory("Production", sources.Root, sources.Settings(reloadSeconds: 0));
        var problem = await factory.WaitForStartupProblemAsync(Timeout);

        Assert.Contains("january-2026-alpha-numeric-hcpcs-file.zip", problem);
        Assert.Contains("the manifest expects " + new string('0', 64), problem);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
    }

    private static Dictionary<string, string?> IndexedAt(ReloadableSources sources, string index)
    {
        var settings = sources.Settings(reloadSeconds: 0);
        settings["CodeSearch:Data:IndexDirectory"] = Path.GetFullPath(index);
        return settings;
    }

    private static async Task<string> ServeOnceAsync(ReloadableSources sources, Dictionary<string, string?> settings)
    {
        using var factory = new CodeSearchServerFactory("Production", sources.Root, settings);
        await factory.WaitUntilServingAsync(Timeout);
        return (await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration;
    }

    private static void Truncate(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }
}
