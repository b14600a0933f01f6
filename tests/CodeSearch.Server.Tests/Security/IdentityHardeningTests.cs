using CodeSearch.Server.Security;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

/// <summary>
/// Credentials cannot grant themselves more than the configuration maps: a token carrying the internal permission
/// claim type gets no permission from it; keys are compared exactly; callers are keyed by credential type and name.
/// </summary>
[Collection(AuthServerCollection.Name)]
public class IdentityHardeningTests(AuthServer server)
{
    private static readonly GetCodeRequest Cpt00001 = new() { System = CodeSystem.Cpt, Code = "00001" };
    private static readonly GetCodeRequest E119 = new() { System = CodeSystem.Icd10Cm, Code = "E11.9" };

    [Fact]
    public async Task GetCode_JwtCarryingInternalPermissionClaim_PermissionDeniedForCpt()
    {
        var token = Callers.Jwt(new Dictionary<string, object> { ["sub"] = "svc-sneaky", [CallerIdentity.PermissionClaim] = "cpt" });

        await FailsWith(StatusCode.PermissionDenied, () => server.Client.GetCodeAsync(Cpt00001, Callers.Bearer(token)).ResponseAsync);
        await FailsWith(StatusCode.PermissionDenied, () => server.Client.BatchGetCodesAsync(
            new BatchGetCodesRequest { Requests = { Cpt00001 } }, Callers.Bearer(token)).ResponseAsync);
        var search = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "sample procedure" }, Callers.Bearer(token));
        Assert.DoesNotContain(search.Results, r => r.Code.System == CodeSystem.Cpt);
    }

    [Fact]
    public async Task GetCode_JwtWithInternalClaimAndConfiguredPermission_StillAnswersCpt()
    {
        var token = Callers.Jwt(new Dictionary<string, object>
        {
            ["sub"] = "svc-billing", ["permissions"] = "cpt", [CallerIdentity.PermissionClaim] = "admin",
        });

        var code = await server.Client.GetCodeAsync(Cpt00001, Callers.Bearer(token));

        Assert.Equal("00001", code.Code_);
    }

    [Fact]
    public async Task GetCode_JwtWhoseSubjectIsAnApiKeyName_LoggedAsTokenCaller()
    {
        await server.Client.GetCodeAsync(E119, Callers.Bearer(Callers.Jwt("alice")));
        await server.Client.GetCodeAsync(E119, Callers.Bearer(Callers.Jwt(new Dictionary<string, object> { ["scope"] = "read" })));

        await WaitFor(() => server.Logs.Lines.Any(m => m.Contains("caller=jwt:alice ", StringComparison.Ordinal)));
        await WaitFor(() => server.Logs.Lines.Any(m => m.Contains("caller=jwt:(unnamed) ", StringComparison.Ordinal)));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
