using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Limits;

/// <summary>Beyond CodeSearch:Limits:MaxConcurrentCalls calls in progress, the next call is shed at once.</summary>
public class LoadSheddingTests
{
    [Fact]
    public async Task SuggestCodes_LimitOneAndOneCallInProgress_SecondResourceExhaustedFastAndHealthServing()
    {
        var suggester = new FakeCodeSuggester();
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?>
        {
            ["CodeSearch:Limits:MaxConcurrentCalls"] = "1",
            ["CodeSearch:Limits:QueueLimit"] = "0",
        }, suggester);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        using var _ = suggester.Use((_, _) =>
        {
            entered.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(30));
            return SuggestionSamples.Result;
        });
        var request = new SuggestCodesRequest { Text = SuggestionSamples.Note };

        var first = factory.Suggestions.SuggestCodesAsync(request).ResponseAsync;
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var clock = Stopwatch.StartNew();
        var ex = await FailsWith(StatusCode.ResourceExhausted, () => factory.Suggestions.SuggestCodesAsync(request).ResponseAsync);
        var shedIn = clock.Elapsed;
        var health = await factory.Health.CheckAsync(new HealthCheckRequest());
        release.Set();

        Assert.True(shedIn < TimeSpan.FromSeconds(2), $"shedding took {shedIn.TotalMilliseconds:N0} ms");
        Assert.Contains("limit", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.NotEmpty((await first).Suggestions);
        Assert.NotEmpty((await factory.Suggestions.SuggestCodesAsync(request)).Suggestions); // the slot is free again
    }
}
