using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>
/// Every RPC honours deadlines and cancellation: an expired deadline is DEADLINE_EXCEEDED and a cancelled call
/// CANCELLED, promptly; and a call whose deadline passed (or whose client left) while it waited at the server never
/// reaches the service method.
/// </summary>
[Collection(DeadlineServerCollection.Name)]
public class DeadlineTests(DeadlineServer server)
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(2);
    // A call's 100 ms deadline or cancel should end it at once; a CI machine running every test class at once has been
    // seen to take 3.5 s to run the client's continuation, so "promptly" while queued is judged generously.
    private static readonly TimeSpan QueuedPrompt = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Rpcs => new()
    {
        "GetCode", "BatchGetCodes", "SearchCodes", "ValidateCodes", "ListCodeSystems", "SearchIndex", "SuggestCodes", "StreamSuggestCodes",
    };

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Call_NoDeadline_ReachesTheServiceAndSucceeds(string rpc)
    {
        var before = Arrived(rpc);

        await Call(rpc, new CallOptions());

        Assert.Equal(before + 1, Arrived(rpc));
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Call_DeadlineAlreadyExpired_DeadlineExceededPromptlyWithoutWork(string rpc)
    {
        var before = Arrived(rpc);
        var watch = Stopwatch.StartNew();

        await FailsWith(StatusCode.DeadlineExceeded, () => Call(rpc, new CallOptions(deadline: DateTime.UtcNow.AddMilliseconds(-1))));

        Assert.True(watch.Elapsed < Prompt, $"took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(before, Arrived(rpc));
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Call_DeadlinePassesWhileQueuedAtServer_DeadlineExceededPromptlyAndServiceNeverRuns(string rpc)
    {
        await WhileQueued(rpc, StatusCode.DeadlineExceeded, () => new CallOptions(Stalled(), DateTime.UtcNow.AddMilliseconds(100)));
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Call_ClientCancelsWhileQueuedAtServer_CancelledPromptlyAndServiceNeverRuns(string rpc)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await WhileQueued(rpc, StatusCode.Cancelled, () => new CallOptions(Stalled(), cancellationToken: cancel.Token));
    }

    // The call waits at the server's gate, which stays closed until the client has seen the call end: so the client
    // cannot have waited for the stall, however slowly a loaded machine runs its continuations. Then the gate opens and
    // the call goes through the server's own interceptors, which must refuse it before any service method runs. (On a
    // very slow machine the client may give up before its call reaches the server at all; then it never runs either.)
    private async Task WhileQueued(string rpc, StatusCode expected, Func<CallOptions> options)
    {
        var before = Arrived(rpc);
        var entered = server.Gate.EnteredCount;
        var passed = server.Gate.PassedCount;
        server.Gate.Close();
        var watch = Stopwatch.StartNew();
        try
        {
            await FailsWith(expected, () => Call(rpc, options()));
            Assert.False(server.Gate.HeldTooLong, "the call ended only when the gate gave up holding it: the client waited for the stall");
            Assert.True(watch.Elapsed < QueuedPrompt, $"took {watch.ElapsedMilliseconds} ms");
        }
        finally
        {
            var reached = await server.Gate.WaitForEnteredAsync(entered + 1, Prompt);
            server.Gate.Open();
            if (reached) await server.Gate.WaitForPassedAsync(passed + 1);
        }

        Assert.Equal(before, Arrived(rpc));
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Call_AlreadyCancelled_CancelledPromptly(string rpc)
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var watch = Stopwatch.StartNew();

        await FailsWith(StatusCode.Cancelled, () => Call(rpc, new CallOptions(cancellationToken: cancel.Token)));

        Assert.True(watch.Elapsed < Prompt, $"took {watch.ElapsedMilliseconds} ms");
    }

    private int Arrived(string rpc) => server.Arrivals.GetValueOrDefault(rpc);

    private static Metadata Stalled() => new() { { DeadlineServer.StallHeader, "1" } };

    private Task Call(string rpc, CallOptions options)
    {
        var lookup = server.Lookup;
        var hcpcs = new GetCodeRequest { System = CodeSystem.Hcpcs, Code = "J0696" };
        return rpc switch
        {
            "GetCode" => lookup.GetCodeAsync(hcpcs, options).ResponseAsync,
            "BatchGetCodes" => lookup.BatchGetCodesAsync(new BatchGetCodesRequest { Requests = { hcpcs, hcpcs } }, options).ResponseAsync,
            "SearchCodes" => lookup.SearchCodesAsync(new SearchCodesRequest { Query = "wheelchair" }, options).ResponseAsync,
            "ValidateCodes" => lookup.ValidateCodesAsync(new ValidateCodesRequest { System = CodeSystem.Hcpcs, Codes = { "J0696" } }, options).ResponseAsync,
            "ListCodeSystems" => lookup.ListCodeSystemsAsync(new ListCodeSystemsRequest(), options).ResponseAsync,
            "SearchIndex" => lookup.SearchIndexAsync(new SearchIndexRequest { Query = "hypertension" }, options).ResponseAsync,
            "SuggestCodes" => server.Suggestions.SuggestCodesAsync(new SuggestCodesRequest { Text = "Pt with HTN" }, options).ResponseAsync,
            "StreamSuggestCodes" => StreamOne(options),
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, null),
        };
    }

    private async Task StreamOne(CallOptions options)
    {
        using var call = server.Suggestions.StreamSuggestCodes(options);
        await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = "Pt with HTN" } });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal("1", call.ResponseStream.Current.RequestId);
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }
}
