using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Limits;

/// <summary>Beyond the suggestion worker pool (workers + queue), the next suggestion is shed at once.</summary>
public class LoadSheddingTests
{
    [Fact]
    public async Task SuggestCodes_OneWorkerNoQueueAndOneCallInProgress_SecondResourceExhaustedFastAndHealthAndGetCodeServing()
    {
        var suggester = new FakeCodeSuggester();
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?>
        {
            ["CodeSearch:Limits:Suggestions:Workers"] = "1",
            ["CodeSearch:Limits:Suggestions:QueuePerWorker"] = "0",
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
        var code = await factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
        release.Set();

        Assert.True(shedIn < TimeSpan.FromSeconds(2), $"shedding took {shedIn.TotalMilliseconds:N0} ms");
        Assert.Contains("limit", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Equal("E11.9", code.Code_); // lookups have a budget of their own
        Assert.NotNull(ex.GetRpcStatus()?.GetDetail<Google.Rpc.RetryInfo>());
        Assert.NotEmpty((await first).Suggestions);
        Assert.NotEmpty((await factory.Suggestions.SuggestCodesAsync(request)).Suggestions); // the slot is free again
    }

    [Fact]
    public async Task GetCode_LookupBudgetOneAndOneLookupWaiting_SecondLookupShedWithRetryHint()
    {
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?>
        {
            ["CodeSearch:Limits:MaxConcurrentCalls"] = "1",
            ["CodeSearch:Limits:RetryAfterSeconds"] = "3",
        }, kestrel: true);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var limiters = factory.Services.GetRequiredService<CodeSearch.Server.Limits.CallLimiters>();
        // Hold the only lookup slot as a call in progress would.
        using var held = await limiters.AcquireAsync(TestCallContext.For("/codesearch.v1.CodeLookup/GetCode"));

        var ex = await FailsWith(StatusCode.ResourceExhausted, () =>
            factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }).ResponseAsync);

        Assert.Equal(TimeSpan.FromSeconds(3), ex.GetRpcStatus()!.GetDetail<Google.Rpc.RetryInfo>()!.RetryDelay.ToTimeSpan());
        Assert.Equal("3", ex.Trailers.GetValue("retry-after"));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
    }
}
