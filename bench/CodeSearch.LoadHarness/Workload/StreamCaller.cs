using CodeSearch.V1;
using Grpc.Core;

namespace CodeSearch.LoadHarness.Workload;

/// <summary>
/// One worker's StreamSuggestCodes call, kept open across requests: each request is written and its answer awaited
/// before the next (one note in flight per stream), so the latency is per note, comparable with SuggestCodes.
/// An error answer is raised as an <see cref="RpcException"/> with its status; a broken stream is reopened.
/// </summary>
internal sealed class StreamCaller(CodingSuggestions.CodingSuggestionsClient client) : IAsyncDisposable
{
    private AsyncDuplexStreamingCall<StreamSuggestCodesRequest, StreamSuggestCodesResponse>? _call;
    private long _id;

    public async Task CallAsync(SuggestCodesRequest request, CancellationToken ct)
    {
        _call ??= client.StreamSuggestCodes();
        var id = (++_id).ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            await _call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = id, Request = request }, ct);
            if (!await _call.ResponseStream.MoveNext(ct)) throw new RpcException(new Status(StatusCode.Unavailable, "stream ended"));
        }
        catch
        {
            _call.Dispose();
            _call = null;
            throw;
        }
        var answer = _call.ResponseStream.Current;
        if (answer.OutcomeCase == StreamSuggestCodesResponse.OutcomeOneofCase.Error)
        {
            throw new RpcException(new Status((StatusCode)answer.Error.Code, "error answer"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_call is null) return;
        try
        {
            await _call.RequestStream.CompleteAsync();
            while (await _call.ResponseStream.MoveNext(CancellationToken.None)) { }
        }
        catch (RpcException)
        {
        }
        _call.Dispose();
        _call = null;
    }
}
