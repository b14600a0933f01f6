using System.Threading.Channels;
using CodeSearch.Core.Errors;
using CodeSearch.Server.Hosting;
using Grpc.Core;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// StreamSuggestCodes: reads requests, answers up to <see cref="MaxConcurrency"/> at once, and sends the answers
/// through one writer in completion order, each with its request_id. A request that fails is answered with its
/// status (as SuggestCodes would have failed) and the stream goes on. A slow reader holds the workers, and so the
/// reading of further requests (back-pressure). Only the call ending (cancellation, deadline, a failed write) ends it.
/// </summary>
internal sealed class SuggestCodesStream(SuggestCodesHandler handler, ServedIndexProvider indexes, ILogger<SuggestCodesStream> logger)
{
    private const string RequestPrefix = "request.";

    /// <summary>Requests of one call answered at once: one per processor, as the engine is CPU-bound.</summary>
    public static int MaxConcurrency { get; } = Math.Max(1, Environment.ProcessorCount);

    public async Task RunAsync(IAsyncStreamReader<Proto.StreamSuggestCodesRequest> requests,
        IServerStreamWriter<Proto.StreamSuggestCodesResponse> responses, ServerCallContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        var outbox = Channel.CreateBounded<Proto.StreamSuggestCodesResponse>(
            new BoundedChannelOptions(MaxConcurrency) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var sending = SendAsync(outbox.Reader, responses, stop);
        using var slots = new SemaphoreSlim(MaxConcurrency);
        var running = new List<Task>();
        try
        {
            while (await requests.MoveNext(stop.Token))
            {
                var request = requests.Current;
                await slots.WaitAsync(stop.Token);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(Task.Run(() => AnswerAsync(request, outbox.Writer, slots, context, stop.Token), CancellationToken.None));
            }
        }
        finally
        {
            await Task.WhenAll(running); // workers never throw
            outbox.Writer.TryComplete();
            await sending; // a failed write is the cause of everything else failing: let it surface
        }
    }

    private static async Task SendAsync(ChannelReader<Proto.StreamSuggestCodesResponse> outbox,
        IServerStreamWriter<Proto.StreamSuggestCodesResponse> responses, CancellationTokenSource stop)
    {
        try
        {
            await foreach (var response in outbox.ReadAllAsync(stop.Token)) await responses.WriteAsync(response, stop.Token);
        }
        catch
        {
            await stop.CancelAsync(); // nothing more can be sent: stop reading and answering
            throw;
        }
    }

    private async Task AnswerAsync(Proto.StreamSuggestCodesRequest request, ChannelWriter<Proto.StreamSuggestCodesResponse> outbox,
        SemaphoreSlim slots, ServerCallContext context, CancellationToken stop)
    {
        try
        {
            await outbox.WriteAsync(Answer(request, context, stop), stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The call is ending; there is no one left to answer.
        }
        finally
        {
            slots.Release();
        }
    }

    private Proto.StreamSuggestCodesResponse Answer(Proto.StreamSuggestCodesRequest request, ServerCallContext context, CancellationToken stop)
    {
        var answer = new Proto.StreamSuggestCodesResponse { RequestId = request.RequestId };
        // One lease per request, not per stream: a stream open across a reload answers later requests from the new generation.
        using var lease = indexes.Acquire();
        try
        {
            if (request.RequestId.Length == 0) throw new InvalidRequestException("request_id", "is required: the answer carries it back");
            answer.Response = handler.Suggest(request.Request ?? new Proto.SuggestCodesRequest(), RequestPrefix, stop);
        }
        catch (Exception ex)
        {
            if (ErrorMapping.IsUnexpected(ex, context)) ErrorLog.Unexpected(logger, context.Method, ex);
            answer.Error = ErrorMapping.ToStatus(ex, context);
        }
        return answer;
    }
}
