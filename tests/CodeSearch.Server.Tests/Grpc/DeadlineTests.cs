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
    // Long enough that a loaded CI machine still answers the cancelled or expired call well before the stall ends:
    // with every test class running at once, the thread pool can be slow to run the client's continuation (1.5 s seen
    // in one CI run with a 1 s stall).
    private const int StallMs = 3000;

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
        var before = Arrived(rpc);
        var watch = Stopwatch.StartNew();

        await FailsWith(StatusCode.DeadlineExceeded, () => Call(rpc, new CallOptions(Stalled(), DateTime.UtcNow.AddMilliseconds(100))));

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(StallMs), $"took {watch.ElapsedMilliseconds} ms: the client waited for the stall");
        await Task.Delay(StallMs + 200);
        Assert.Equal(before, Arrived(rpc));
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Call_ClientCancelsWhileQueuedAtServer_CancelledPromptlyAndServiceNeverRuns(string rpc)
    {
        var before = Arrived(rpc);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var watch = Stopwatch.StartNew();

        await FailsWith(StatusCode.Cancelled, () => Call(rpc, new CallOptions(Stalled(), cancellationToken: cancel.Token)));

        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(StallMs), $"took {watch.ElapsedMilliseconds} ms: the client waited for the stall");
        await Task.Delay(StallMs + 200);
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

    private static Metadata Stalled() => new() { { DeadlineServer.StallHeader, StallMs.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

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
