using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// Turns exceptions escaping any service method into the status <see cref="ErrorMapping"/> gives, so no input a
/// client can send ends as UNKNOWN. Cancellation by the client or its deadline keeps its own status.
/// </summary>
internal sealed class ErrorInterceptor(ILogger<ErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context);
        }
    }

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        if (ErrorMapping.IsUnexpected(exception, context)) ErrorLog.Unexpected(logger, context.Method, exception);
        else if (context.CancellationToken.IsCancellationRequested) ErrorLog.Cancelled(logger, context.Method, exception.GetType().Name);
        return ErrorMapping.ToRpcException(exception, context);
    }
}
