using CodeSearch.V1;
using Grpc.Core;
using Google.Type;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>An answer taken from a release that has ended (no date of service given) says so in a trailer.</summary>
public class EndedReleaseTrailerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AfterTheSampleReleasesEnded_UndatedCallsCarryTheTrailer_DatedAndUnendedOnesDoNot()
    {
        // The sample's ICD-10-CM and ICD-10-PCS FY2026 end 2026-09-30; its HCPCS release has no end date.
        using var factory = new FixedTimeServerFactory(new DateOnly(2026, 12, 1));
        await factory.WaitUntilServingAsync(Timeout);
        var client = factory.Client;

        var undated = await TrailerAsync(client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }));
        var dated = await TrailerAsync(client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9", DateOfService = new Date { Year = 2026, Month = 3, Day = 1 } }));
        var hcpcs = await TrailerAsync(client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Hcpcs, Code = "J0696" }));
        var searchAll = await TrailerAsync(client.SearchCodesAsync(new SearchCodesRequest { Query = "diabetes" }));
        var searchHcpcs = await TrailerAsync(client.SearchCodesAsync(new SearchCodesRequest { Query = "injection", Systems = { CodeSystem.Hcpcs } }));

        Assert.Equal("ICD-10-CM FY2026 ended 2026-09-30", undated);
        Assert.Null(dated);
        Assert.Null(hcpcs);
        Assert.Contains("ICD-10-CM FY2026 ended 2026-09-30", searchAll);
        Assert.Contains("ICD-10-PCS FY2026 ended 2026-09-30", searchAll);
        Assert.Null(searchHcpcs);
    }

    [Fact]
    public async Task WhileTheReleaseIsInForce_NoTrailer()
    {
        using var factory = new FixedTimeServerFactory(new DateOnly(2026, 6, 1));
        await factory.WaitUntilServingAsync(Timeout);

        Assert.Null(await TrailerAsync(factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" })));
    }

    private static async Task<string?> TrailerAsync<T>(AsyncUnaryCall<T> call)
    {
        using (call)
        {
            await call.ResponseAsync;
            return call.GetTrailers().GetValue("codesearch-release-ended");
        }
    }
}
