using System.Diagnostics;
using CodeSearch.Server.Limits;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using RpcCode = Google.Rpc.Code;

namespace CodeSearch.Server.Tests.Limits;

/// <summary>
/// StreamSuggestCodes limits on a real Kestrel server: streams that never send are capped and closed after the
/// first-message time, silent streams after the idle time, and the rate limit is charged per request message.
/// </summary>
public class StreamLimitsTests(ITestOutputHelper output)
{
    private static readonly GetCodeRequest E119 = new() { System = CodeSystem.Icd10Cm, Code = "E11.9" };

    private static async Task<(ConfiguredServerFactory Factory, string Address)> Start(Dictionary<string, string?> settings, FakeCodeSuggester? suggester = null)
    {
        var factory = new ConfiguredServerFactory(settings, suggester ?? new FakeCodeSuggester(), kestrel: true);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        return (factory, factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    [Fact]
    public async Task StreamSuggestCodes_200IdleStreamsOverFourConnections_CappedClosedAfterFirstMessageTimeAndGetCodeAnswers()
    {
        var (factory, address) = await Start(new Dictionary<string, string?> { ["CodeSearch:Limits:Streams:FirstMessageTimeoutSeconds"] = "3" });
        using var _ = factory;
        var channels = Enumerable.Range(0, 4).Select(_ => GrpcChannel.ForAddress(address)).ToList();
        var clock = Stopwatch.StartNew();
        var calls = channels.SelectMany(c => Enumerable.Range(0, 50).Select(_ => new CodingSuggestions.CodingSuggestionsClient(c)
            .StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(60)))).ToList();
        var ends = calls.Select(async call =>
        {
            try
            {
                await call.ResponseStream.MoveNext();
                return (Status: StatusCode.OK, Elapsed: clock.Elapsed);
            }
            catch (RpcException e)
            {
                return (Status: e.StatusCode, Elapsed: clock.Elapsed);
            }
        }).ToList();

        // While they are open: lookups answer.
        await Task.Delay(500);
        var lookups = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++) Assert.Equal("E11.9", (await factory.Client.GetCodeAsync(E119)).Code_);
        var lookupMs = lookups.Elapsed.TotalMilliseconds / 10;
        var open = factory.Services.GetRequiredService<StreamAdmission>().Open;
        var results = await Task.WhenAll(ends).WaitAsync(TimeSpan.FromSeconds(45));
        foreach (var call in calls) call.Dispose();
        foreach (var channel in channels) channel.Dispose();

        var refused = results.Where(r => r.Status == StatusCode.ResourceExhausted).ToList();
        var closed = results.Where(r => r.Status == StatusCode.DeadlineExceeded).ToList();
        output.WriteLine($"open while idle {open}; refused {refused.Count}; closed idle {closed.Count} after {closed.Select(c => c.Elapsed.TotalSeconds).DefaultIfEmpty().Min():N1}-{closed.Select(c => c.Elapsed.TotalSeconds).DefaultIfEmpty().Max():N1} s; GetCode mean {lookupMs:N1} ms");
        Assert.Equal(200, refused.Count + closed.Count);
        Assert.Equal(8, open); // the default per-caller cap: every stream here comes from one anonymous address
        Assert.Equal(8, closed.Count);
        Assert.All(closed, c => Assert.InRange(c.Elapsed.TotalSeconds, 2.5, 30));
        Assert.Equal(0, factory.Services.GetRequiredService<StreamAdmission>().Open);

        // The slots are free again: a new stream is admitted and answered.
        using var fresh = factory.Suggestions.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));
        await fresh.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "x", Request = new SuggestCodesRequest { Text = SuggestionSamples.Note } });
        Assert.True(await fresh.ResponseStream.MoveNext());
        Assert.Equal("x", fresh.ResponseStream.Current.RequestId);
    }

    [Fact]
    public async Task StreamSuggestCodes_SilentAfterOneRequest_ClosedAfterIdleTime()
    {
        var (factory, _) = await Start(new Dictionary<string, string?> { ["CodeSearch:Limits:Streams:IdleTimeoutSeconds"] = "1" });
        using var __ = factory;
        using var call = factory.Suggestions.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(60));
        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "a", Request = new SuggestCodesRequest { Text = SuggestionSamples.Note } });
        Assert.True(await call.ResponseStream.MoveNext());
        var clock = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.Contains("idle", ex.Status.Detail, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.5, 20);
    }

    [Fact]
    public async Task StreamSuggestCodes_MoreRequestsThanTokens_EachMessageChargedAndTheRestRefusedInTheStream()
    {
        var (factory, _) = await Start(new Dictionary<string, string?>
        {
            ["CodeSearch:Limits:RateLimit:Enabled"] = "true",
            ["CodeSearch:Limits:RateLimit:Burst"] = "3",
            ["CodeSearch:Limits:RateLimit:PermitsPerPeriod"] = "1",
            ["CodeSearch:Limits:RateLimit:PeriodSeconds"] = "3600",
        });
        using var __ = factory;
        using var call = factory.Suggestions.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));
        for (var i = 0; i < 5; i++)
        {
            await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = $"r{i}", Request = new SuggestCodesRequest { Text = SuggestionSamples.Note } });
        }
        await call.RequestStream.CompleteAsync();
        var answers = new List<StreamSuggestCodesResponse>();
        await foreach (var answer in call.ResponseStream.ReadAllAsync()) answers.Add(answer);

        Assert.Equal(5, answers.Count);
        Assert.Equal(3, answers.Count(a => a.OutcomeCase == StreamSuggestCodesResponse.OutcomeOneofCase.Response));
        var refused = answers.Where(a => a.OutcomeCase == StreamSuggestCodesResponse.OutcomeOneofCase.Error).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, a => Assert.Equal((int)RpcCode.ResourceExhausted, a.Error.Code));
        Assert.All(refused, a => Assert.Contains(a.Error.Details, d => d.Is(Google.Rpc.RetryInfo.Descriptor)));
    }

    [Fact]
    public async Task StreamSuggestCodes_OverPerConnectionCap_RefusedAtOnceWithRetryHint()
    {
        var (factory, _) = await Start(new Dictionary<string, string?>
        {
            ["CodeSearch:Limits:Streams:MaxPerConnection"] = "2",
            ["CodeSearch:Limits:Streams:MaxPerCaller"] = "0",
        });
        using var __ = factory;
        using var a = factory.Suggestions.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));
        using var b = factory.Suggestions.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));
        var admission = factory.Services.GetRequiredService<StreamAdmission>();
        for (var i = 0; i < 200 && admission.Open < 2; i++) await Task.Delay(25);
        Assert.Equal(2, admission.Open);

        using var c = factory.Suggestions.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));
        var ex = await Assert.ThrowsAsync<RpcException>(() => c.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        Assert.Equal(StreamAdmission.ConnectionFullMessage, ex.Status.Detail);
        Assert.Equal("1", ex.Trailers.GetValue("retry-after"));
    }
}
