using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>While the sample is served every response says so in its headers; official data carries no such header.</summary>
[Collection(SampleServerCollection.Name)]
public class SampleDataHeaderTests(SampleServer server)
{
    [Fact]
    public async Task SampleServed_UnaryLookupCarriesTheSampleHeader()
    {
        using var call = server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });

        Assert.Equal("sample", (await call.ResponseHeadersAsync).GetValue("codesearch-data"));
    }

    [Fact]
    public async Task SampleServed_ErrorsAndHealthCarryTheSampleHeaderToo()
    {
        using var failing = server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "" });
        await Assert.ThrowsAsync<RpcException>(() => failing.ResponseAsync);
        using var health = server.Factory.Health.CheckAsync(new HealthCheckRequest());

        Assert.Equal("sample", (await failing.ResponseHeadersAsync).GetValue("codesearch-data"));
        Assert.Equal("sample", (await health.ResponseHeadersAsync).GetValue("codesearch-data"));
    }

    [Fact]
    public async Task OfficialDataServed_NoSampleHeader()
    {
        // The fixtures served through their own manifest as if they were official files: not the sample.
        using var factory = new CodeSearchServerFactory(sourceDirectory: TestPaths.Fixtures, overrides: new Dictionary<string, string?>
        {
            ["CodeSearch:Data:ManifestPath"] = Path.Combine(TestPaths.Fixtures, "sources.json"),
            ["CodeSearch:Data:VerifyChecksums"] = "false",
        });
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

        using var call = factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
        await call.ResponseAsync;

        Assert.False((await factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).SampleData);
        Assert.Null((await call.ResponseHeadersAsync).GetValue("codesearch-data"));
    }
}
