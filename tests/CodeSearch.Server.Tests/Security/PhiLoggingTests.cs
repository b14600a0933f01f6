using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

/// <summary>
/// Note text never reaches a log: with every category at Trace on a real Kestrel server and the real engine, notes
/// carrying a unique marker go through SuggestCodes, StreamSuggestCodes and requests that fail, and the marker
/// appears in no captured log line (nor does the API key one request carries).
/// </summary>
public class PhiLoggingTests
{
    [Fact]
    public async Task SuggestAndStream_TraceLoggingEverywhere_MarkerInNoLogLine()
    {
        var marker = "PHI" + Guid.NewGuid().ToString("N");
        var note = $"Chief complaint: chest pain.\nHPI: {marker} has type 2 diabetes and HTN.\nAssessment: HTN. Diabetes.";
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?> { ["CodeSearch:Data:CptFile"] = Callers.CptFixture };
        using (var factory = new ConfiguredServerFactory(settings, logs: logs, logLevel: LogLevel.Trace, kestrel: true))
        {
            await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
            var client = factory.Suggestions;

            var answer = await client.SuggestCodesAsync(new SuggestCodesRequest { Text = note });
            Assert.NotEmpty(answer.Suggestions); // the note really went through the engine
            await FailsOnField("max_results", () => client.SuggestCodesAsync(new SuggestCodesRequest { Text = note, MaxResults = -1 }).ResponseAsync);
            await FailsOnField("text", () => client.SuggestCodesAsync(new SuggestCodesRequest { Text = note + new string('x', 100_001) }).ResponseAsync);
            await FailsWith(StatusCode.PermissionDenied, () =>
                client.SuggestCodesAsync(new SuggestCodesRequest { Text = note, Systems = { CodeSystem.Cpt } }).ResponseAsync);
            await FailsWith(StatusCode.InvalidArgument, () => factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = marker + " " + new string('y', 300) }).ResponseAsync);
            await factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = "diabetes " + marker }, Callers.ApiKey(Callers.BillingKey));

            using (var call = client.StreamSuggestCodes())
            {
                await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "ok", Request = new SuggestCodesRequest { Text = note } });
                await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "", Request = new SuggestCodesRequest { Text = note } });
                await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "bad", Request = new SuggestCodesRequest { Text = note, MaxResults = 999 } });
                await call.RequestStream.CompleteAsync();
                var answers = new List<StreamSuggestCodesResponse>();
                while (await call.ResponseStream.MoveNext(CancellationToken.None)) answers.Add(call.ResponseStream.Current);
                Assert.Equal(3, answers.Count);
                Assert.Equal(2, answers.Count(a => a.Error is not null));
            }
        }

        Assert.True(logs.Lines.Count > 50, $"expected verbose logs at Trace, got {logs.Lines.Count} lines");
        Assert.Contains(logs.Lines, l => l.StartsWith("Trace Microsoft.AspNetCore", StringComparison.Ordinal)); // framework Trace really on
        Assert.Contains(logs.Lines, l => l.StartsWith("Trace Grpc.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("CodeSearch.AccessLog", StringComparison.Ordinal));
        var leaks = logs.Lines.Where(l => l.Contains(marker, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaks.Count == 0, "note text reached the log:\n" + string.Join("\n", leaks.Take(5)));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Callers.BillingKey, StringComparison.Ordinal)); // nor do API keys
    }

    [Fact]
    public async Task EngineFailsQuotingTheNote_TraceLoggingEverywhere_MarkerInNoLogLine()
    {
        var marker = "PHI" + Guid.NewGuid().ToString("N");
        var note = $"Assessment: {marker} has HTN.";
        var logs = new CapturingLoggerProvider();
        var suggester = new FakeCodeSuggester();
        using (var factory = new ConfiguredServerFactory(new Dictionary<string, string?>(), suggester, logs, LogLevel.Trace, kestrel: true))
        {
            await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
            using var _ = suggester.Use((request, _) =>
                throw new InvalidOperationException($"could not parse '{request.Text}'", new FormatException($"bad token in {request.Text}")));

            await FailsWith(StatusCode.Internal, () => factory.Suggestions.SuggestCodesAsync(new SuggestCodesRequest { Text = note }).ResponseAsync);
            using var call = factory.Suggestions.StreamSuggestCodes();
            await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = note } });
            await call.RequestStream.CompleteAsync();
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal((int)StatusCode.Internal, call.ResponseStream.Current.Error.Code);
            Assert.DoesNotContain(marker, call.ResponseStream.Current.Error.Message, StringComparison.Ordinal);
        }

        Assert.Contains(logs.Lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal)); // the error was logged
        Assert.DoesNotContain(logs.Lines, l => l.Contains(marker, StringComparison.OrdinalIgnoreCase));
    }
}
