using Grpc.Core;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>The CodingSuggestions gRPC service. Errors are mapped by <see cref="ErrorInterceptor"/>.</summary>
[BindServiceMethod(typeof(UnparseableRequests.CodingSuggestions), nameof(UnparseableRequests.CodingSuggestions.Bind))]
internal sealed class CodingSuggestionsGrpcService(SuggestCodesHandler handler, SuggestCodesStream stream)
    : Proto.CodingSuggestions.CodingSuggestionsBase
{
    public override Task<Proto.SuggestCodesResponse> SuggestCodes(Proto.SuggestCodesRequest request, ServerCallContext context) =>
        Task.FromResult(handler.Suggest(request, "", context.CancellationToken));

    public override Task StreamSuggestCodes(IAsyncStreamReader<Proto.StreamSuggestCodesRequest> requestStream,
        IServerStreamWriter<Proto.StreamSuggestCodesResponse> responseStream, ServerCallContext context) =>
        stream.RunAsync(requestStream, responseStream, context);
}
