using CodeSearch.Server.Hosting;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// Leases the served index generation for the whole of each unary and server-streaming call, so a reload that swaps
/// in a new generation mid-call neither disposes the reader under the call nor mixes two generations in one answer.
/// StreamSuggestCodes leases per request message instead (a long-lived stream must not pin an old generation).
/// </summary>
internal sealed class IndexLeaseInterceptor(ServedIndexProvider indexes) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = indexes.Acquire();
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = indexes.Acquire();
        await continuation(request, responseStream, context);
    }
}
