using CodeSearch.Server.Limits;
using Grpc.Core;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// The CodingSuggestions gRPC service. Suggestions run on the <see cref="SuggestionWorkPool"/>, which refuses them at
/// once when full. Errors are mapped by <see cref="ErrorInterceptor"/>.
/// </summary>
[BindServiceMethod(typeof(UnparseableRequests.CodingSuggestions), nameof(UnparseableRequests.CodingSuggestions.Bind))]
internal sealed class CodingSuggestionsGrpcService(SuggestCodesHandler handler, SuggestCodesStream stream, SuggestionWorkPool pool)
    : Proto.CodingSuggestions.CodingSuggestionsBase
{
    public override Task<Proto.SuggestCodesResponse> SuggestCodes(Proto.SuggestCodesRequest request, ServerCallContext context) =>
        pool.RunAsync(token => handler.Suggest(request, "", token), context.CancellationToken);

    public override Task StreamSuggestCodes(IAsyncStreamReader<Proto.StreamSuggestCodesRequest> requestStream,
        IServerStreamWriter<Proto.StreamSuggestCodesResponse> responseStream, ServerCallContext context) =>
        stream.RunAsync(requestStream, responseStream, context);
}
