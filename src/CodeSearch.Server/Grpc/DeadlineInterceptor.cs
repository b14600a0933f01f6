using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// Does not start a call whose deadline has already passed or whose client has already gone (it waited in a queue,
/// or arrived late): the client has stopped waiting, so the work would be wasted. Calls already running see the same
/// token through <see cref="ServerCallContext.CancellationToken"/>.
/// </summary>
internal sealed class DeadlineInterceptor(TimeProvider timeProvider) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ThrowIfOver(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ThrowIfOver(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ThrowIfOver(context);
        return continuation(requestStream, responseStream, context);
    }

    private void ThrowIfOver(ServerCallContext context)
    {
        if (GrpcTimeout.IsBelowResolution(context.GetHttpContext().Request.Headers[GrpcTimeout.Header].ToString()))
        {
            // The transport keeps deadlines in 100 ns ticks and takes a timeout that rounds to zero as "no deadline".
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, "The grpc-timeout is shorter than the server's 100 ns resolution: it has already passed."));
        }
        // The deadline is wall-clock UTC (DateTime.MaxValue: none), so the registered TimeProvider must be the system clock.
        if (context.Deadline != DateTime.MaxValue && context.Deadline <= timeProvider.GetUtcNow().UtcDateTime)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, "The deadline passed before the call started."));
        }
        if (context.CancellationToken.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled before it started."));
        }
    }
}
