using System.Collections.Concurrent;
using System.Diagnostics;
using CodeSearch.Server.Grpc;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Limits;

/// <summary>
/// A flood of CPU-heavy SuggestCodes over several connections (Kestrel, loopback): suggestions beyond the worker
/// pool are refused at once with a retry hint, while GetCode and health sent meanwhile keep answering quickly.
/// </summary>
[Collection(TimingCollection.Name)]
public class OverloadTests(ITestOutputHelper output)
{
    private static readonly TimeSpan FloodTime = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task SuggestCodes_FloodOverFourConnections_RefusedFastWhileGetCodeAndHealthAnswer()
    {
        var suggester = new FakeCodeSuggester();
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?>
        {
            ["CodeSearch:Limits:MaxConcurrentCalls"] = "32",
        }, suggester, kestrel: true);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        using var _ = suggester.Use((_, token) => Burn(TimeSpan.FromMilliseconds(100), token));
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var channels = Enumerable.Range(0, 4).Select(_ => GrpcChannel.ForAddress(address)).ToList();
        var refused = new ConcurrentBag<(TimeSpan Elapsed, RpcException Error)>();
        var answered = 0;
        // The same probes without the flood first: the bounds below are the 50 ms target over what this machine gives
        // unloaded (about 1-3 ms on a quiet 2-core box; far more on a shared one).
        var (quietGetCode, quietHealth) = await Probe(address, DateTime.UtcNow + TimeSpan.FromSeconds(3));
        var stopAt = DateTime.UtcNow + FloodTime;

        // 4 connections x 10 callers, each sending SuggestCodes back to back (50 ms pause after a refusal).
        var flood = channels.SelectMany(channel => Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            var client = new CodingSuggestions.CodingSuggestionsClient(channel);
            while (DateTime.UtcNow < stopAt)
            {
                var clock = Stopwatch.StartNew();
                try
                {
                    await client.SuggestCodesAsync(new SuggestCodesRequest { Text = SuggestionSamples.Note }, deadline: DateTime.UtcNow.AddSeconds(30));
                    Interlocked.Increment(ref answered);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    refused.Add((clock.Elapsed, e));
                    await Task.Delay(50);
                }
            }
        }))).ToList();

        // Meanwhile, on a connection of its own: GetCode and health one after the other.
        await Task.Delay(300);
        var (getCode, health) = await Probe(address, stopAt - TimeSpan.FromMilliseconds(300));
        await Task.WhenAll(flood);
        foreach (var channel in channels) channel.Dispose();

        var refusedMs = refused.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        output.WriteLine($"answered {answered}, refused {refused.Count} (median {P(refusedMs, 0.5):N1} ms, p90 {P(refusedMs, 0.9):N1} ms); " +
            $"GetCode n={getCode.Count} p50 {P(getCode, 0.5):N1} ms p99 {P(getCode, 0.99):N1} ms; health p50 {P(health, 0.5):N1} ms p99 {P(health, 0.99):N1} ms; " +
            $"without the flood: GetCode p99 {P(quietGetCode, 0.99):N1} ms, health p99 {P(quietHealth, 0.99):N1} ms");
        Assert.True(answered > 0, "no suggestion was answered");
        Assert.NotEmpty(refused);
        // A refusal does no work: some come within 50 ms (plus this machine's unloaded lookup round trip).
        Assert.True(P(refusedMs, 0.1) < 50 + P(quietGetCode, 0.5), $"p10 of refusals {P(refusedMs, 0.1):N1} ms (unloaded GetCode p50 {P(quietGetCode, 0.5):N1} ms)");
        var sample = refused.First().Error;
        Assert.Equal(SuggestionWorkPoolMessage, sample.Status.Detail);
        Assert.NotNull(sample.GetRpcStatus()?.GetDetail<RetryInfo>());
        Assert.Equal("1", sample.Trailers.GetValue(ErrorMapping.RetryAfterTrailer));
        Assert.True(getCode.Count >= 20, $"only {getCode.Count} GetCode calls were sent");
        // The target is p99 under 50 ms (met when the machine runs the test alone; the output line gives the figures).
        // Asserted robustly for a loaded CI box: p95 within 50 ms of twice the unloaded p95, and no probe near a
        // second (before the worker pool, GetCode p99 was seconds under such a flood and health took up to 7.5 s).
        Assert.True(P(getCode, 0.95) < 50 + 2 * P(quietGetCode, 0.95), $"GetCode p95 {P(getCode, 0.95):N1} ms (unloaded {P(quietGetCode, 0.95):N1} ms)");
        Assert.True(P(health, 0.95) < 50 + 2 * P(quietHealth, 0.95), $"health p95 {P(health, 0.95):N1} ms (unloaded {P(quietHealth, 0.95):N1} ms)");
        Assert.True(getCode.Max() < 1000 && health.Max() < 1000, $"slowest GetCode {getCode.Max():N0} ms, health {health.Max():N0} ms");
    }

    /// <summary>GetCode then health, one after the other, on a connection of their own until <paramref name="until"/>; latencies in ms.</summary>
    private static async Task<(List<double> GetCode, List<double> Health)> Probe(string address, DateTime until)
    {
        var getCode = new List<double>();
        var health = new List<double>();
        using var probe = GrpcChannel.ForAddress(address);
        var lookup = new CodeLookup.CodeLookupClient(probe);
        var probeHealth = new Health.HealthClient(probe);
        await lookup.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }); // connection set up
        while (DateTime.UtcNow < until)
        {
            var clock = Stopwatch.StartNew();
            await lookup.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
            getCode.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var status = await probeHealth.CheckAsync(new HealthCheckRequest());
            health.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, status.Status);
            await Task.Delay(5);
        }
        return (getCode, health);
    }

    private const string SuggestionWorkPoolMessage = CodeSearch.Server.Limits.SuggestionWorkPool.FullMessage;

    /// <summary>Keeps a core busy for <paramref name="time"/>, as the real engine does, then answers.</summary>
    private static Suggestions.Engine.SuggestionResult Burn(TimeSpan time, CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        var x = 0.0;
        while (clock.Elapsed < time)
        {
            token.ThrowIfCancellationRequested();
            for (var i = 0; i < 10_000; i++) x += Math.Sqrt(i);
        }
        GC.KeepAlive(x);
        return SuggestionSamples.Result;
    }

    private static double P(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0) return double.NaN;
        var ordered = sorted.Order().ToList();
        return ordered[Math.Min(ordered.Count - 1, (int)Math.Ceiling(q * ordered.Count) - 1)];
    }
}

/// <summary>Latency tests run alone, after the parallel collections: other test servers in the process would skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing (run alone)";
}
