using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>The call's cancellation token reaches the engine, and cancellation ends as CANCELLED / DEADLINE_EXCEEDED.</summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class SuggestCodesCancellationTests(FakeSuggestionServer server)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SuggestCodes_DeadlinePasses_DeadlineExceededAndEngineTokenFires()
    {
        var engineCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = server.Suggester.Use(FakeCodeSuggester.BlockUntilCancelled(engineCancelled));

        await FailsWith(StatusCode.DeadlineExceeded, () => server.Client.SuggestCodesAsync(
            new SuggestCodesRequest { Text = "HTN" }, deadline: DateTime.UtcNow.AddMilliseconds(300)).ResponseAsync);

        await engineCancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task SuggestCodes_ClientCancels_CancelledAndEngineTokenFires()
    {
        var engineCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = server.Suggester.Use(FakeCodeSuggester.BlockUntilCancelled(engineCancelled));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await FailsWith(StatusCode.Cancelled, () => server.Client.SuggestCodesAsync(
            new SuggestCodesRequest { Text = "HTN" }, cancellationToken: cancel.Token).ResponseAsync);

        await engineCancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task SuggestCodes_EngineThrowsOperationCanceledOnItsOwn_CancelledNotUnknownOrInternal()
    {
        using var _ = server.Suggester.Use((_, _) => throw new OperationCanceledException());

        await FailsWith(StatusCode.Cancelled, () => server.Client.SuggestCodesAsync(new SuggestCodesRequest { Text = "HTN" }).ResponseAsync);
    }

    [Fact]
    public async Task StreamSuggestCodes_ClientCancels_CancelledAndEngineTokenFires()
    {
        var engineCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = server.Suggester.Use(FakeCodeSuggester.BlockUntilCancelled(engineCancelled));
        using var cancel = new CancellationTokenSource();
        using var call = server.Client.StreamSuggestCodes(cancellationToken: cancel.Token);

        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = "HTN" } });
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));

        await FailsWith(StatusCode.Cancelled, () => call.ResponseStream.MoveNext(CancellationToken.None));
        await engineCancelled.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task StreamSuggestCodes_DeadlinePasses_DeadlineExceededAndEngineTokenFires()
    {
        var engineCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = server.Suggester.Use(FakeCodeSuggester.BlockUntilCancelled(engineCancelled));
        using var call = server.Client.StreamSuggestCodes(deadline: DateTime.UtcNow.AddMilliseconds(500));

        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = "HTN" } });

        await FailsWith(StatusCode.DeadlineExceeded, () => call.ResponseStream.MoveNext(CancellationToken.None));
        await engineCancelled.Task.WaitAsync(Patience);
    }
}
