using CodeSearch.Core.Errors;
using CodeSearch.Server.Grpc;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using BadRequest = Google.Rpc.BadRequest;
using RpcCode = Google.Rpc.Code;
using Grpc.Core;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>StreamSuggestCodes: answers echo request ids, a bad request gets its own error, the stream goes on.</summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class StreamSuggestCodesTests(FakeSuggestionServer server)
{
    private static StreamSuggestCodesRequest Item(string id, string text) => new() { RequestId = id, Request = new SuggestCodesRequest { Text = text } };

    /// <summary>Sends every request, closes the request stream and reads every answer.</summary>
    private async Task<List<StreamSuggestCodesResponse>> Exchange(params StreamSuggestCodesRequest[] requests)
    {
        using var call = server.Client.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));
        foreach (var request in requests) await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        var answers = new List<StreamSuggestCodesResponse>();
        await foreach (var answer in call.ResponseStream.ReadAllAsync()) answers.Add(answer);
        return answers;
    }

    private static BadRequest.Types.FieldViolation SingleViolation(StreamSuggestCodesResponse answer)
    {
        Assert.Equal(StreamSuggestCodesResponse.OutcomeOneofCase.Error, answer.OutcomeCase);
        Assert.Equal((int)RpcCode.InvalidArgument, answer.Error.Code);
        var detail = Assert.Single(answer.Error.Details);
        return Assert.Single(detail.Unpack<BadRequest>().FieldViolations);
    }

    [Fact]
    public async Task StreamSuggestCodes_InvalidRequestInTheMiddle_ErrorForItAndTheOthersAnswered()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        var answers = await Exchange(Item("a", "HTN"), Item("b", "  "), Item("c", "HTN"), Item("d", "HTN"));

        Assert.Equal(["a", "b", "c", "d"], answers.Select(a => a.RequestId).Order());
        var byId = answers.ToDictionary(a => a.RequestId);
        Assert.Equal("request.text", SingleViolation(byId["b"]).Field);
        foreach (var id in new[] { "a", "c", "d" })
        {
            Assert.Equal(StreamSuggestCodesResponse.OutcomeOneofCase.Response, byId[id].OutcomeCase);
            Assert.Equal("I10", Assert.Single(byId[id].Response.Suggestions).Code.Code_);
        }
        Assert.Equal(3, server.Suggester.Requests.Count);
    }

    [Fact]
    public async Task StreamSuggestCodes_MissingRequestId_AnsweredWithInvalidArgumentOnRequestId()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        var answers = await Exchange(Item("", "HTN"), Item("ok", "HTN"));

        var missing = Assert.Single(answers, a => a.RequestId == "");
        Assert.Equal("request_id", SingleViolation(missing).Field);
        Assert.Equal(StreamSuggestCodesResponse.OutcomeOneofCase.Response, Assert.Single(answers, a => a.RequestId == "ok").OutcomeCase);
    }

    [Fact]
    public async Task StreamSuggestCodes_MissingRequestMessage_InvalidArgumentOnRequestText()
    {
        var answers = await Exchange(new StreamSuggestCodesRequest { RequestId = "empty" });

        Assert.Equal("request.text", SingleViolation(Assert.Single(answers)).Field);
    }

    [Fact]
    public async Task StreamSuggestCodes_DuplicateRequestIds_EachAnsweredAndEchoed()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        var answers = await Exchange(Item("same", "HTN"), Item("same", "HTN"), Item("same", ""));

        Assert.All(answers, a => Assert.Equal("same", a.RequestId));
        Assert.Equal(2, answers.Count(a => a.OutcomeCase == StreamSuggestCodesResponse.OutcomeOneofCase.Response));
        Assert.Single(answers, a => a.OutcomeCase == StreamSuggestCodesResponse.OutcomeOneofCase.Error);
    }

    [Fact]
    public async Task StreamSuggestCodes_EngineErrorsForOneNote_MappedAsSuggestCodesWouldAndStreamGoesOn()
    {
        using var _ = server.Suggester.Use((request, _) => request.Text switch
        {
            "old" => throw new ReleaseNotLoadedException("No loaded ICD-10-CM release covers 2019-01-01."),
            "bug" => throw new InvalidOperationException("bug"),
            _ => SuggestionSamples.Result,
        });

        var answers = (await Exchange(Item("1", "old"), Item("2", "bug"), Item("3", "HTN"))).ToDictionary(a => a.RequestId);

        Assert.Equal(((int)RpcCode.FailedPrecondition, "No loaded ICD-10-CM release covers 2019-01-01."), (answers["1"].Error.Code, answers["1"].Error.Message));
        Assert.Equal(((int)RpcCode.Internal, ErrorMapping.InternalMessage), (answers["2"].Error.Code, answers["2"].Error.Message));
        Assert.Equal(StreamSuggestCodesResponse.OutcomeOneofCase.Response, answers["3"].OutcomeCase);
    }

    [Fact]
    public async Task StreamSuggestCodes_NoRequests_EndsWithNoAnswers()
    {
        Assert.Empty(await Exchange());
    }

    [Fact]
    public async Task StreamSuggestCodes_SlowThenFastNote_AnsweredConcurrentlyInCompletionOrder()
    {
        if (SuggestCodesStream.MaxConcurrency < 2) return; // one processor: requests are answered one at a time
        using var release = new ManualResetEventSlim();
        using var _ = server.Suggester.Use((request, token) =>
        {
            if (request.Text == "slow" && !release.Wait(TimeSpan.FromSeconds(10), token)) throw new TimeoutException("never released");
            return SuggestionSamples.Result;
        });
        using var call = server.Client.StreamSuggestCodes(deadline: DateTime.UtcNow.AddSeconds(30));

        await call.RequestStream.WriteAsync(Item("slow", "slow"));
        await call.RequestStream.WriteAsync(Item("fast", "fast"));
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var first = call.ResponseStream.Current.RequestId;
        release.Set();
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(("fast", "slow"), (first, call.ResponseStream.Current.RequestId));
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task StreamSuggestCodes_ManyRequests_AllAnswered()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        var requests = Enumerable.Range(0, 100).Select(i => Item(i.ToString(), i % 10 == 0 ? "" : "HTN")).ToArray();

        var answers = await Exchange(requests);

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i.ToString()).Order(), answers.Select(a => a.RequestId).Order());
        Assert.Equal(10, answers.Count(a => a.OutcomeCase == StreamSuggestCodesResponse.OutcomeOneofCase.Error));
    }
}
