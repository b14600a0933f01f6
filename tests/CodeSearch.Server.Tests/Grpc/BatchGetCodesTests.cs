using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

[Collection(SampleServerCollection.Name)]
public class BatchGetCodesTests(SampleServer server)
{
    private static GetCodeRequest Request(CodeSystem system, string code) => new() { System = system, Code = code };

    [Fact]
    public async Task BatchGetCodes_MixedRequests_OneResultEachInRequestOrder()
    {
        var request = new BatchGetCodesRequest
        {
            Requests =
            {
                Request(CodeSystem.Icd10Cm, "E11.9"),
                Request(CodeSystem.Icd10Cm, "Z99.99"),
                Request(CodeSystem.Hcpcs, "J0696"),
                Request(CodeSystem.Icd10Cm, "%%%"),
                Request(CodeSystem.Unspecified, "E11.9"),
                Request(CodeSystem.Icd10Pcs, "0DTJ0ZZ"),
            },
        };

        var response = await server.Client.BatchGetCodesAsync(request);

        Assert.Equal(6, response.Results.Count);
        Assert.Equal("E11.9", response.Results[0].Code.Code_);
        Assert.Equal((int)Google.Rpc.Code.NotFound, response.Results[1].Error.StatusCode);
        Assert.Contains("Z99.99", response.Results[1].Error.Message);
        Assert.Equal("Injection, ceftriaxone sodium, per 250 mg", response.Results[2].Code.Description);
        Assert.Equal((int)Google.Rpc.Code.InvalidArgument, response.Results[3].Error.StatusCode);
        Assert.Contains("requests[3].code", response.Results[3].Error.Message);
        Assert.Equal((int)Google.Rpc.Code.InvalidArgument, response.Results[4].Error.StatusCode);
        Assert.Contains("requests[4].system", response.Results[4].Error.Message);
        Assert.Equal("Resection of Appendix, Open Approach", response.Results[5].Code.Description);
    }

    [Fact]
    public async Task BatchGetCodes_Empty_EmptyResponse()
    {
        var response = await server.Client.BatchGetCodesAsync(new BatchGetCodesRequest());

        Assert.Empty(response.Results);
    }

    [Fact]
    public async Task BatchGetCodes_ThousandRequests_Answered()
    {
        var request = new BatchGetCodesRequest();
        request.Requests.AddRange(Enumerable.Repeat(Request(CodeSystem.Icd10Cm, "E11.9"), 1_000));

        var response = await server.Client.BatchGetCodesAsync(request);

        Assert.Equal(1_000, response.Results.Count);
        Assert.All(response.Results, r => Assert.Equal(BatchGetCodesResult.ResultOneofCase.Code, r.ResultCase));
    }

    [Fact]
    public async Task BatchGetCodes_ThousandAndOneRequests_InvalidArgumentOnRequests()
    {
        var request = new BatchGetCodesRequest();
        request.Requests.AddRange(Enumerable.Repeat(Request(CodeSystem.Icd10Cm, "E11.9"), 1_001));

        var description = await FailsOnField("requests", () => server.Client.BatchGetCodesAsync(request).ResponseAsync);

        Assert.Contains("1000", description);
    }
}
