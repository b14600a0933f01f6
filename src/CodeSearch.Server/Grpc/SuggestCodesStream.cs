using System.Threading.Channels;
using CodeSearch.Core.Errors;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Limits;
using CodeSearch.Server.Options;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// StreamSuggestCodes: reads requests, answers up to <see cref="MaxConcurrency"/> at once on the suggestion worker
/// pool, and sends the answers through one writer in completion order, each with its request_id. A request that
/// fails (including one refused because the pool is full or its caller's rate limit is spent: each message takes a
/// token) is answered with its status and the stream goes on. A slow reader holds the workers, and so the reading
/// of further requests (back-pressure). The stream is closed DEADLINE_EXCEEDED when its first request does not come
/// within <see cref="StreamLimitsOptions.FirstMessageTimeoutSeconds"/>, or no further one within
/// <see cref="StreamLimitsOptions.IdleTimeoutSeconds"/> while none is being answered; otherwise only the call ending
/// (cancellation, deadline, a failed write) ends it.
/// </summary>
internal sealed class SuggestCodesStream(
    SuggestCodesHandler handler, ServedIndexProvider indexes, SuggestionWorkPool pool, CallLimiters limiters,
    IOptions<LimitsOptions> options, TimeProvider time, ILogger<SuggestCodesStream> logger)
{
    private const string RequestPrefix = "request.";

    private readonly TimeSpan _firstMessage = TimeSpan.FromSeconds(options.Value.Streams.FirstMessageTimeoutSeconds);
    private readonly TimeSpan _idle = TimeSpan.FromSeconds(options.Value.Streams.IdleTimeoutSeconds);

    /// <summary>Requests of one call answered at once: one per processor, as the engine is CPU-bound.</summary>
    public static int MaxConcurrency { get; } = Math.Max(1, Environment.ProcessorCount);

    public async Task RunAsync(IAsyncStreamReader<Proto.StreamSuggestCodesRequest> requests,
        IServerStreamWriter<Proto.StreamSuggestCodesResponse> responses, ServerCallContext context)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stop.Token); // cancelled alone on a timeout
        var outbox = Channel.CreateBounded<Proto.StreamSuggestCodesResponse>(
            new BoundedChannelOptions(MaxConcurrency) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var sending = SendAsync(outbox.Reader, responses, stop);
        using var slots = new SemaphoreSlim(MaxConcurrency);
        var running = new List<Task>();
        try
        {
            var first = true;
            while (await NextAsync(requests, running, first, reading))
            {
                first = false;
                var request = requests.Current;
                await slots.WaitAsync(stop.Token);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(AnswerAsync(request, outbox.Writer, slots, context, stop.Token));
            }
        }
        finally
        {
            await Task.WhenAll(running); // workers never throw
            outbox.Writer.TryComplete();
            await sending; // a failed write is the cause of everything else failing: let it surface
        }
    }

    /// <summary>
    /// The next request, or false at the end of the stream; throws DEADLINE_EXCEEDED when the client stays silent
    /// for the first-message or idle time while nothing of its stream is being answered.
    /// </summary>
    private async Task<bool> NextAsync(IAsyncStreamReader<Proto.StreamSuggestCodesRequest> requests, List<Task> running,
        bool first, CancellationTokenSource reading)
    {
        var move = requests.MoveNext(reading.Token);
        var wait = first ? _firstMessage : _idle;
        while (true)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count > 0)
            {
                // Answers still being computed: the stream is not idle; the clock restarts when they are done.
                if (await Task.WhenAny(move, Task.WhenAll(running)) == move) return await move;
                continue;
            }
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(reading.Token);
            var delay = Task.Delay(wait, time, timer.Token);
            var done = await Task.WhenAny(move, delay);
            await timer.CancelAsync();
            if (done == move) return await move;
            if (reading.IsCancellationRequested) return await move; // the call ended: let its own status win
            await reading.CancelAsync(); // stop the pending read only: the (empty) outbox still completes normally
            try { await move; } catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException) { }
            StreamLog.Closed(logger, first ? "first request" : "next request", wait.TotalSeconds);
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, first
                ? $"No request arrived within {wait.TotalSeconds:0.###} s of opening the stream; it was closed."
                : $"No request arrived for {wait.TotalSeconds:0.###} s; the idle stream was closed."));
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
            await outbox.WriteAsync(await Answer(request, context, stop), stop);
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

    private async Task<Proto.StreamSuggestCodesResponse> Answer(Proto.StreamSuggestCodesRequest request, ServerCallContext context, CancellationToken stop)
    {
        var answer = new Proto.StreamSuggestCodesResponse { RequestId = request.RequestId };
        try
        {
            if (request.RequestId.Length == 0) throw new InvalidRequestException("request_id", "is required: the answer carries it back");
            if (!limiters.TryChargeMessage(context)) throw limiters.RateLimited();
            answer.Response = await pool.RunAsync(token =>
            {
                // One lease per request, not per stream: a stream open across a reload answers later requests from the new generation.
                using var lease = indexes.Acquire();
                return handler.Suggest(request.Request ?? new Proto.SuggestCodesRequest(), RequestPrefix, token);
            }, stop);
        }
        catch (Exception ex)
        {
            if (ErrorMapping.IsUnexpected(ex, context)) ErrorLog.Unexpected(logger, context.Method, ex);
            answer.Error = ErrorMapping.ToStatus(ex, context);
        }
        return answer;
    }
}
