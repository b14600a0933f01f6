using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.Security;

/// <summary>
/// Applies <see cref="CptAccess.Enforce"/> to every request message before the service sees it; in a request stream,
/// to each message as it is read (a CPT request from a caller without the permission ends the stream's call).
/// Runs inside <c>ErrorInterceptor</c>, which maps the refusal to PERMISSION_DENIED.
/// </summary>
internal sealed class CptAccessInterceptor(CptAccess access) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        access.Enforce(request, context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        access.Enforce(request, context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CheckedReader<TRequest>(requestStream, access, context), context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CheckedReader<TRequest>(requestStream, access, context), responseStream, context);

    private sealed class CheckedReader<T>(IAsyncStreamReader<T> inner, CptAccess access, ServerCallContext context) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken)) return false;
            access.Enforce(inner.Current!, context);
            return true;
        }
    }
}
