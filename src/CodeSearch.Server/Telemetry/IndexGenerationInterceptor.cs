using System.Diagnostics;
using CodeSearch.Server.Hosting;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// Adds the trailer <c>codesearch-index-generation</c> to every unary and server-streaming answer: the generation the
/// call was served from (the one <see cref="Grpc.IndexLeaseInterceptor"/> leased, so one answer never mixes two).
/// Lets clients and load tests see which generation each replica served during a rolling restart; also tags the
/// call's server span. Registered after the lease interceptor, so it runs inside the lease.
/// </summary>
internal sealed class IndexGenerationInterceptor(ServedIndexProvider indexes) : Interceptor
{
    public const string TrailerName = "codesearch-index-generation";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var generation = Generation();
        var response = await continuation(request, context);
        if (generation is not null) context.ResponseTrailers.Add(TrailerName, generation);
        return response;
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        var generation = Generation();
        await continuation(request, responseStream, context);
        if (generation is not null) context.ResponseTrailers.Add(TrailerName, generation);
    }

    private string? Generation()
    {
        if (!indexes.IsReady) return null;
        var generation = indexes.Current.Generation;
        Activity.Current?.SetTag("codesearch.index.generation", generation);
        return generation;
    }
}
