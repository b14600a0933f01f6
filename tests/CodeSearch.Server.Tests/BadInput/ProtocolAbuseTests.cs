using CodeSearch.Server.Tests.Support;
using CodeSearch.Suggestions.Engine;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using static CodeSearch.Server.Tests.BadInput.ServerChecks;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>
/// Abuse of the protocol rather than of fields, on Kestrel (real HTTP/2 flow control and message limits): messages over
/// the 4 MiB limit, a stream client that never reads, a client that drops its connection mid-stream.
/// </summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class ProtocolAbuseTests(FakeSuggestionServer server)
{
    private const int OverLimit = 4 * 1024 * 1024 + 1;

    private CodeLookup.CodeLookupClient Lookup => server.Factory.Client;

    private Task Healthy() => AssertHealthyAsync(server.Factory.Channel);

    private static StreamSuggestCodesRequest Item(int id) => new() { RequestId = id.ToString(), Request = new SuggestCodesRequest { Text = "HTN" } };

    [Fact]
    public async Task GetCode_MessageOver4MiB_ResourceExhausted()
    {
        await FailsWith(StatusCode.ResourceExhausted, () => Lookup.GetCodeAsync(
            new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = new string('E', OverLimit) }, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_MessageOver4MiB_ResourceExhausted()
    {
        await FailsWith(StatusCode.ResourceExhausted, () => Lookup.SearchCodesAsync(
            new SearchCodesRequest { Query = new string('a', OverLimit) }, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task SearchIndex_MessageOver4MiB_ResourceExhausted()
    {
        await FailsWith(StatusCode.ResourceExhausted, () => Lookup.SearchIndexAsync(
            new SearchIndexRequest { Query = new string('a', OverLimit) }, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task BatchGetCodes_ThousandRequestsOver4MiB_ResourceExhausted()
    {
        var request = new BatchGetCodesRequest();
        request.Requests.Add(Enumerable.Range(0, 1000).Select(_ => new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = new string('9', 4_200) }));

        await FailsWith(StatusCode.ResourceExhausted, () => Lookup.BatchGetCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task ValidateCodes_MessageOver4MiB_ResourceExhausted()
    {
        var request = new ValidateCodesRequest { System = CodeSystem.Icd10Cm };
        request.Codes.Add(Enumerable.Range(0, 500).Select(_ => new string('9', 8_400)));

        await FailsWith(StatusCode.ResourceExhausted, () => Lookup.ValidateCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task StreamSuggestCodes_OneMessageOver4MiB_CallEndsResourceExhausted()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        using var call = server.Client.StreamSuggestCodes(deadline: Deadline());

        await call.RequestStream.WriteAsync(Item(1));
        var huge = new StreamSuggestCodesRequest { RequestId = "huge", Request = new SuggestCodesRequest { Text = new string('a', OverLimit) } };
        try { await call.RequestStream.WriteAsync(huge); } catch (RpcException) { } // the server may already have reset the stream
        var ex = await Assert.ThrowsAsync<RpcException>(async () => { while (await call.ResponseStream.MoveNext(CancellationToken.None)) { } });

        Assert.Equal(StatusCode.ResourceExhausted, ex.StatusCode);
        await Healthy();
    }

    [Fact]
    public async Task StreamSuggestCodes_FiveThousandRequestsNeverRead_BackPressureAndOtherCallsStillAnswered()
    {
        // 4 KiB answers: HTTP/2 flow control (client window, server buffers) holds a few dozen of them; then the server
        // must stop answering, and so stop reading, instead of queueing thousands of answers in memory.
        var big = SuggestionSamples.Result.Suggestions[0] with { Rationale = new string('r', 4096) };
        using var _ = server.Suggester.Use((_, _) => new SuggestionResult([big], [], [SuggestionSamples.Loaded]));
        using var stop = new CancellationTokenSource();
        using var call = server.Client.StreamSuggestCodes(deadline: Deadline(60), cancellationToken: stop.Token);

        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < 5000; i++) await call.RequestStream.WriteAsync(Item(i));
        });
        await Task.WhenAny(writing, Task.Delay(TimeSpan.FromSeconds(2)));
        var answered = await CountWhenSteadyAsync();

        Assert.True(answered < 1000, $"{answered} of 5000 requests answered although the client read none: no back-pressure");
        var other = await Lookup.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "I10" }, deadline: Deadline(3));
        Assert.Equal("I10", other.Code_);
        var suggested = await server.Client.SuggestCodesAsync(new SuggestCodesRequest { Text = "HTN" }, deadline: Deadline(3));
        Assert.Single(suggested.Suggestions);
        // The answered count is the measure: the managed heap is shared with every test class running at once, so a
        // heap-growth bound here failed on other tests' allocations (73 MB seen in CI).

        await stop.CancelAsync();
        await Task.WhenAny(writing, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(writing.IsCompleted, "a writer blocked by back-pressure was not released by cancelling the call");
        await Healthy();
    }

    [Fact]
    public async Task StreamSuggestCodes_ClientDropsItsConnectionMidStream_EngineCancelledAndServerHealthy()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = server.Suggester.Use(FakeCodeSuggester.BlockUntilCancelled(cancelled));
        var address = server.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var own = GrpcChannel.ForAddress(address);
        var call = new CodingSuggestions.CodingSuggestionsClient(own).StreamSuggestCodes(deadline: Deadline(60));
        await call.RequestStream.WriteAsync(Item(1));
        await call.RequestStream.WriteAsync(Item(2));
        await WaitForAsync(() => !server.Suggester.Requests.IsEmpty);

        own.Dispose(); // closes the HTTP/2 connection under the open call

        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        call.Dispose();
        await Healthy();
    }

    /// <summary>The fake's request count once it has not changed for half a second (at most 10 s).</summary>
    private async Task<int> CountWhenSteadyAsync()
    {
        var last = -1;
        for (var i = 0; i < 20; i++)
        {
            var now = server.Suggester.Requests.Count;
            if (now == last) return now;
            last = now;
            await Task.Delay(500);
        }
        return server.Suggester.Requests.Count;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "condition not met within 10 s");
    }
}
