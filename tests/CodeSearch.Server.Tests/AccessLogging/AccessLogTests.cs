using System.Text.RegularExpressions;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.AccessLogging;

/// <summary>One access-log line per call: caller, method, status, latency, request and response sizes.</summary>
public partial class AccessLogTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private ConfiguredServerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new ConfiguredServerFactory(Callers.AuthSettings(), logs: _logs);
        await _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task GetCode_OneCall_OneLineWithCallerMethodStatusLatencyAndSizes()
    {
        var request = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" };

        var response = await _factory.Client.GetCodeAsync(request, Callers.ApiKey(Callers.AliceKey));

        var line = Assert.Single(await LinesFor("/codesearch.v1.CodeLookup/GetCode", expected: 1));
        Assert.Contains("caller=apikey:alice ", line, StringComparison.Ordinal);
        Assert.Contains("status=OK ", line, StringComparison.Ordinal);
        Assert.Matches(ElapsedPattern(), line);
        Assert.Contains($"request_bytes={request.CalculateSize()} ", line, StringComparison.Ordinal);
        Assert.Contains($"response_bytes={response.CalculateSize()} ", line, StringComparison.Ordinal);
        Assert.Contains("request_messages=1 response_messages=1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCode_NoCredentials_OneLineAnonymousUnauthenticated()
    {
        await FailsWith(StatusCode.Unauthenticated, () =>
            _factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }).ResponseAsync);

        var line = Assert.Single(await LinesFor("/codesearch.v1.CodeLookup/GetCode", expected: 1));
        Assert.Contains("caller=anonymous ", line, StringComparison.Ordinal);
        Assert.Contains("status=Unauthenticated ", line, StringComparison.Ordinal);
        Assert.Contains("request_bytes=0 ", line, StringComparison.Ordinal); // refused before the message was read
    }

    [Fact]
    public async Task SearchCodes_UnknownCodeSystem_LineCarriesInvalidArgumentAndJwtCaller()
    {
        await FailsWith(StatusCode.InvalidArgument, () => _factory.Client.SearchCodesAsync(
            new SearchCodesRequest { Query = "diabetes", Systems = { (CodeSystem)99 } }, Callers.Bearer(Callers.Jwt("svc-claims"))).ResponseAsync);

        var line = Assert.Single(await LinesFor("/codesearch.v1.CodeLookup/SearchCodes", expected: 1));
        Assert.Contains("caller=jwt:svc-claims ", line, StringComparison.Ordinal);
        Assert.Contains("status=InvalidArgument ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamSuggestCodes_TwoRequests_OneLineCountingBothWays()
    {
        using var call = _factory.Suggestions.StreamSuggestCodes(Callers.ApiKey(Callers.AliceKey));
        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = "Assessment: HTN." } });
        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "2", Request = new SuggestCodesRequest { Text = "Assessment: diabetes." } });
        await call.RequestStream.CompleteAsync();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
        }

        var line = Assert.Single(await LinesFor("/codesearch.v1.CodingSuggestions/StreamSuggestCodes", expected: 1));
        Assert.Contains("status=OK ", line, StringComparison.Ordinal);
        Assert.Contains("request_messages=2 response_messages=2", line, StringComparison.Ordinal);
        Assert.DoesNotContain("HTN", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_ByDefault_NotLogged()
    {
        await _factory.Health.CheckAsync(new HealthCheckRequest());
        await _factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest(), Callers.ApiKey(Callers.AliceKey));

        await LinesFor("/codesearch.v1.CodeLookup/ListCodeSystems", expected: 1);
        Assert.DoesNotContain(AccessLines(), l => l.Contains("grpc.health.v1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reflection_ByDefault_NotLogged()
    {
        var reflection = new global::Grpc.Reflection.V1.ServerReflection.ServerReflectionClient(_factory.Channel);
        using (var call = reflection.ServerReflectionInfo())
        {
            await call.RequestStream.WriteAsync(new global::Grpc.Reflection.V1.ServerReflectionRequest { ListServices = "" });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        } // disposed without completing: the session ends CANCELLED, as grpcurl's does
        await _factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest(), Callers.ApiKey(Callers.AliceKey));

        await LinesFor("/codesearch.v1.CodeLookup/ListCodeSystems", expected: 1);
        Assert.DoesNotContain(AccessLines(), l => l.Contains("grpc.reflection", StringComparison.Ordinal));
    }

    private IEnumerable<string> AccessLines() => _logs.Lines.Where(l => l.Contains("CodeSearch.AccessLog [3001]", StringComparison.Ordinal));

    /// <summary>The access lines for <paramref name="method"/>, waiting briefly: the line is written as the call's last act, after the client has its answer.</summary>
    private async Task<List<string>> LinesFor(string method, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        List<string> lines;
        do
        {
            lines = AccessLines().Where(l => l.Contains($"gRPC {method} ", StringComparison.Ordinal)).ToList();
            if (lines.Count >= expected) break;
            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);
        await Task.Delay(100); // a second line for the same call would show up now
        return AccessLines().Where(l => l.Contains($"gRPC {method} ", StringComparison.Ordinal)).ToList();
    }

    [GeneratedRegex(@"elapsed_ms=\d+(\.\d)? ")]
    private static partial Regex ElapsedPattern();
}
