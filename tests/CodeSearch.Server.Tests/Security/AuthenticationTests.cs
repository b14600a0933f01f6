using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

/// <summary>With CodeSearch:Auth:Enabled, the services need an API key or a JWT; health stays anonymous.</summary>
[Collection(AuthServerCollection.Name)]
public class AuthenticationTests(AuthServer server)
{
    private static readonly GetCodeRequest E119 = new() { System = CodeSystem.Icd10Cm, Code = "E11.9" };

    [Fact]
    public async Task GetCode_NoCredentials_UnauthenticatedWithReadableMessage()
    {
        var ex = await FailsWith(StatusCode.Unauthenticated, () => server.Client.GetCodeAsync(E119).ResponseAsync);

        Assert.Equal("Authentication required: send an API key (x-api-key) or a bearer token.", ex.Status.Detail);
    }

    [Fact]
    public async Task GetCode_UnknownApiKey_Unauthenticated()
    {
        await FailsWith(StatusCode.Unauthenticated, () => server.Client.GetCodeAsync(E119, Callers.ApiKey("not-a-configured-key")).ResponseAsync);
    }

    [Fact]
    public async Task GetCode_ApiKeyHeader_Answers()
    {
        var code = await server.Client.GetCodeAsync(E119, Callers.ApiKey(Callers.AliceKey));

        Assert.Equal("E11.9", code.Code_);
    }

    [Fact]
    public async Task GetCode_ApiKeyInAuthorizationHeader_Answers()
    {
        var code = await server.Client.GetCodeAsync(E119, new Metadata { { "authorization", "ApiKey " + Callers.AliceKey } });

        Assert.Equal("E11.9", code.Code_);
    }

    [Fact]
    public async Task GetCode_ValidJwt_Answers()
    {
        var code = await server.Client.GetCodeAsync(E119, Callers.Bearer(Callers.Jwt("svc-claims")));

        Assert.Equal("E11.9", code.Code_);
    }

    [Fact]
    public async Task GetCode_JwtForAnotherAudience_Unauthenticated()
    {
        await FailsWith(StatusCode.Unauthenticated, () =>
            server.Client.GetCodeAsync(E119, Callers.Bearer(Callers.Jwt("svc-claims", audience: "someone-else"))).ResponseAsync);
    }

    [Fact]
    public async Task GetCode_ExpiredJwt_Unauthenticated()
    {
        await FailsWith(StatusCode.Unauthenticated, () =>
            server.Client.GetCodeAsync(E119, Callers.Bearer(Callers.Jwt("svc-claims", lifetime: TimeSpan.FromMinutes(-5)))).ResponseAsync);
    }

    [Fact]
    public async Task GetCode_JwtWithTamperedSignature_Unauthenticated()
    {
        var token = Callers.Jwt("svc-claims");
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];

        await FailsWith(StatusCode.Unauthenticated, () => server.Client.GetCodeAsync(E119, Callers.Bearer(tampered)).ResponseAsync);
    }

    [Fact]
    public async Task SuggestCodes_NoCredentials_Unauthenticated()
    {
        await FailsWith(StatusCode.Unauthenticated, () =>
            server.Suggestions.SuggestCodesAsync(new SuggestCodesRequest { Text = "Assessment: HTN." }).ResponseAsync);
    }

    [Fact]
    public async Task Health_NoCredentials_Serving()
    {
        var response = await server.Factory.Health.CheckAsync(new HealthCheckRequest { Service = "codesearch.v1.CodeLookup" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_RequireAuthWithoutCredentials_Unauthenticated()
    {
        var client = new ServerReflection.ServerReflectionClient(server.Factory.Channel);
        using var call = client.ServerReflectionInfo();

        // No request is written: the refusal comes before the server reads any, and a write racing it would see CANCELLED.
        await FailsWith(StatusCode.Unauthenticated, () => call.ResponseStream.MoveNext(CancellationToken.None));
    }

    [Fact]
    public async Task Reflection_RequireAuthWithApiKey_ListsServices()
    {
        var client = new ServerReflection.ServerReflectionClient(server.Factory.Channel);
        using var call = client.ServerReflectionInfo(Callers.ApiKey(Callers.AliceKey));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Contains("codesearch.v1.CodeLookup", call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }
}
