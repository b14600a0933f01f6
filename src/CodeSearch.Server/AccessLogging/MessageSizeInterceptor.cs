using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.AccessLogging;

/// <summary>Counts each call's request and response messages and bytes into its <see cref="CallSizes"/>, for the access log.</summary>
internal sealed class MessageSizeInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var sizes = SizesOf(context);
        sizes?.AddRequest(request);
        var response = await continuation(request, context);
        sizes?.AddResponse(response);
        return response;
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var sizes = SizesOf(context);
        if (sizes is null) return await continuation(requestStream, context);
        var response = await continuation(new CountingReader<TRequest>(requestStream, sizes), context);
        sizes.AddResponse(response);
        return response;
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var sizes = SizesOf(context);
        if (sizes is null) return continuation(request, responseStream, context);
        sizes.AddRequest(request);
        return continuation(request, new CountingWriter<TResponse>(responseStream, sizes), context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var sizes = SizesOf(context);
        if (sizes is null) return continuation(requestStream, responseStream, context);
        return continuation(new CountingReader<TRequest>(requestStream, sizes), new CountingWriter<TResponse>(responseStream, sizes), context);
    }

    private static CallSizes? SizesOf(ServerCallContext context) => context.GetHttpContext().Features.Get<CallSizes>();

    private sealed class CountingReader<T>(IAsyncStreamReader<T> inner, CallSizes sizes) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken)) return false;
            sizes.AddRequest(inner.Current);
            return true;
        }
    }

    private sealed class CountingWriter<T>(IServerStreamWriter<T> inner, CallSizes sizes) : IServerStreamWriter<T>
    {
        public WriteOptions? WriteOptions
        {
            get => inner.WriteOptions;
            set => inner.WriteOptions = value;
        }

        public async Task WriteAsync(T message)
        {
            await inner.WriteAsync(message);
            sizes.AddResponse(message);
        }

        public async Task WriteAsync(T message, CancellationToken cancellationToken)
        {
            await inner.WriteAsync(message, cancellationToken);
            sizes.AddResponse(message);
        }
    }
}
