using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>What the server serves when official files are missing or bad: never the sample in Production, never a guess.</summary>
public class StartupPolicyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Production_NoOfficialFiles_NotServingAndLookupsUnavailable()
    {
        using var factory = new CodeSearchServerFactory("Production");

        var problem = await factory.WaitForStartupProblemAsync(Timeout);

        Assert.Contains("Production never serves the sample", problem);
        var health = await factory.Health.CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, health.Status);
        var ex = await FailsWith(StatusCode.Unavailable, () => factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }).ResponseAsync);
        Assert.Contains("SERVING", ex.Status.Detail);
        await FailsWith(StatusCode.Unavailable, () => factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = "diabetes" }).ResponseAsync);
        await FailsWith(StatusCode.Unavailable, () => factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest()).ResponseAsync);
        await FailsWith(StatusCode.Unavailable, () => factory.Client.ValidateCodesAsync(new ValidateCodesRequest { System = CodeSystem.Icd10Cm, Codes = { "E11.9" } }).ResponseAsync);
        var batch = await factory.Client.BatchGetCodesAsync(new BatchGetCodesRequest { Requests = { new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" } } });
        Assert.Equal((int)Google.Rpc.Code.Unavailable, batch.Results.Single().Error.StatusCode);
    }

    [Fact]
    public async Task Production_SomeOfficialFilesMissing_RefusesPartialData()
    {
        using var factory = new CodeSearchServerFactory("Production");
        CopyFixtureAsOfficial(factory, "hcpcs/2026/january-2026-alpha-numeric-hcpcs-file");

        var problem = await factory.WaitForStartupProblemAsync(Timeout);

        Assert.Contains("Partial data", problem);
        Assert.Contains("icd10cm FY2026", problem);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
    }

    [Fact]
    public async Task Development_OfficialFileWithWrongCounts_NotServingNamingTheFileNeverTheSample()
    {
        using var factory = new CodeSearchServerFactory("Development");
        CopyFixtureAsOfficial(factory, "hcpcs/2026/january-2026-alpha-numeric-hcpcs-file");

        var problem = await factory.WaitForStartupProblemAsync(Timeout);

        Assert.Contains("hcpcs 2026-01", problem);
        Assert.Contains("expected", problem);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
        await FailsWith(StatusCode.Unavailable, () => factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Development_Restart_ReusesTheIndexGeneration()
    {
        var index = Path.Combine(Path.GetTempPath(), "codesearch-server-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["CodeSearch:Data:IndexDirectory"] = index };
        try
        {
            string first;
            using (var factory = new CodeSearchServerFactory(overrides: settings))
            {
                await factory.WaitUntilServingAsync(Timeout);
                first = (await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration;
            }
            using (var factory = new CodeSearchServerFactory(overrides: settings))
            {
                await factory.WaitUntilServingAsync(Timeout);
                Assert.Equal(first, (await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration);
            }
        }
        finally
        {
            try { Directory.Delete(index, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Copies a fixture release (an unpacked folder) into the server's official source directory.</summary>
    private static void CopyFixtureAsOfficial(CodeSearchServerFactory factory, string relative)
    {
        var from = Path.Combine(TestPaths.Fixtures, relative);
        var to = Path.Combine(factory.TempRoot, "sources", relative);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
