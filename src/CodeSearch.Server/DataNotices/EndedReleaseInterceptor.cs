using CodeSearch.Core;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// Adds the trailer <c>codesearch-release-ended</c> (e.g. "ICD-10-CM FY2026 ended 2026-09-30") to a CodeSearch call
/// that gave no date of service while the newest loaded release of a system it asks about has ended: the answer comes
/// from that release and may not hold for today's claims. Calls with a date of service are checked against it instead
/// (FAILED_PRECONDITION when no loaded release covers the date), so they get no trailer.
/// </summary>
internal sealed class EndedReleaseInterceptor(EndedReleases ended) : Interceptor
{
    /// <summary>The trailer's name.</summary>
    public const string Trailer = "codesearch-release-ended";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Note(request, context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Note(request, context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new NotingReader<TRequest>(requestStream, request => Note(request, context)), responseStream, context);

    private void Note<TRequest>(TRequest request, ServerCallContext context)
    {
        if (!context.Method.StartsWith("/codesearch.", StringComparison.Ordinal) || request is not IMessage message) return;
        if (context.ResponseTrailers.Get(Trailer) is not null || !UndatedRequests.IsUndated(message)) return;
        var releases = ended.Describe(UndatedRequests.SystemMask(message));
        if (releases.Length > 0) context.ResponseTrailers.Add(Trailer, releases);
    }

    private sealed class NotingReader<T>(IAsyncStreamReader<T> inner, Action<T> note) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken).ConfigureAwait(false)) return false;
            note(inner.Current);
            return true;
        }
    }
}
