using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

/// <summary>With a CPT file loaded, CPT descriptors go only to callers holding the cpt permission.</summary>
[Collection(AuthServerCollection.Name)]
public class CptAccessTests(AuthServer server)
{
    private static readonly GetCodeRequest Cpt00001 = new() { System = CodeSystem.Cpt, Code = "00001" };
    private static readonly Metadata Alice = Callers.ApiKey(Callers.AliceKey);
    private static readonly Metadata Billing = Callers.ApiKey(Callers.BillingKey);

    [Fact]
    public async Task GetCode_CptWithoutPermission_PermissionDenied()
    {
        var ex = await FailsWith(StatusCode.PermissionDenied, () => server.Client.GetCodeAsync(Cpt00001, Alice).ResponseAsync);

        Assert.Contains("cpt", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCode_CptWithApiKeyPermission_ReturnsDescriptor()
    {
        var code = await server.Client.GetCodeAsync(Cpt00001, Billing);

        Assert.Equal(("00001", CodeSystem.Cpt), (code.Code_, code.System));
        Assert.Contains("Sample procedure one", code.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCode_CptWithJwtPermission_ReturnsDescriptor()
    {
        var code = await server.Client.GetCodeAsync(Cpt00001, Callers.Bearer(Callers.Jwt("svc-billing", permissions: "read cpt")));

        Assert.Equal("00001", code.Code_);
    }

    [Fact]
    public async Task GetCode_CptWithJwtWithoutPermission_PermissionDenied()
    {
        await FailsWith(StatusCode.PermissionDenied, () =>
            server.Client.GetCodeAsync(Cpt00001, Callers.Bearer(Callers.Jwt("svc-claims", permissions: "read"))).ResponseAsync);
    }

    [Fact]
    public async Task BatchGetCodes_OneCptItemWithoutPermission_PermissionDenied()
    {
        var request = new BatchGetCodesRequest { Requests = { new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }, Cpt00001 } };

        await FailsWith(StatusCode.PermissionDenied, () => server.Client.BatchGetCodesAsync(request, Alice).ResponseAsync);
    }

    [Fact]
    public async Task SearchCodes_CptSystemWithoutPermission_PermissionDenied()
    {
        var request = new SearchCodesRequest { Query = "sample procedure", Systems = { CodeSystem.Cpt } };

        await FailsWith(StatusCode.PermissionDenied, () => server.Client.SearchCodesAsync(request, Alice).ResponseAsync);
    }

    [Fact]
    public async Task SearchCodes_AllSystems_CptOnlyForPermittedCaller()
    {
        var request = new SearchCodesRequest { Query = "sample procedure", PageSize = 50 };

        var permitted = await server.Client.SearchCodesAsync(request, Billing);
        var other = await server.Client.SearchCodesAsync(request, Alice);

        Assert.Contains(permitted.Results, r => r.Code.System == CodeSystem.Cpt);
        Assert.DoesNotContain(other.Results, r => r.Code.System == CodeSystem.Cpt);
    }

    [Fact]
    public async Task ValidateCodes_CptWithoutPermission_PermissionDenied()
    {
        var request = new ValidateCodesRequest { System = CodeSystem.Cpt, Codes = { "00001" } };

        await FailsWith(StatusCode.PermissionDenied, () => server.Client.ValidateCodesAsync(request, Alice).ResponseAsync);
    }

    [Fact]
    public async Task SuggestCodes_CptSystemWithoutPermission_PermissionDenied()
    {
        var request = new SuggestCodesRequest { Text = "Assessment: HTN.", Systems = { CodeSystem.Icd10Cm, CodeSystem.Cpt } };

        await FailsWith(StatusCode.PermissionDenied, () => server.Suggestions.SuggestCodesAsync(request, Alice).ResponseAsync);
    }

    [Fact]
    public async Task StreamSuggestCodes_CptRequestWithoutPermission_PermissionDenied()
    {
        using var call = server.Suggestions.StreamSuggestCodes(Alice);
        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest
        {
            RequestId = "1", Request = new SuggestCodesRequest { Text = "Assessment: HTN.", Systems = { CodeSystem.Cpt } },
        });

        // The stream is left open: the server ends the call on reading that request, and a half-close could race it.
        await FailsWith(StatusCode.PermissionDenied, async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        });
    }

    [Fact]
    public async Task ListCodeSystems_WithoutPermission_StillListsCptRelease()
    {
        var response = await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest(), Alice);

        Assert.Contains(response.Releases, r => r.Release.System == CodeSystem.Cpt);
    }
}
