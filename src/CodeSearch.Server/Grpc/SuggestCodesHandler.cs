using CodeSearch.Server.Mapping;
using CodeSearch.Server.Validation;
using CodeSearch.Suggestions.Engine;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// SuggestCodes and each StreamSuggestCodes request: request rules, the engine, mapping. Responses are not cached:
/// notes are rarely sent twice, and a cache would keep note-derived responses (evidence text is PHI) in memory.
/// </summary>
internal sealed class SuggestCodesHandler(ICodeSuggester suggester)
{
    /// <param name="request">The request as received.</param>
    /// <param name="fieldPrefix">Prepended to field paths in violations ("request." inside the stream).</param>
    /// <param name="cancellationToken">The call's token: the engine stops between sentences when it fires.</param>
    public Proto.SuggestCodesResponse Suggest(Proto.SuggestCodesRequest request, string fieldPrefix, CancellationToken cancellationToken)
    {
        var suggestionRequest = SuggestRequestValidator.Validate(request, fieldPrefix);
        cancellationToken.ThrowIfCancellationRequested();
        return SuggestionMapper.ToProto(suggester.Suggest(suggestionRequest, cancellationToken));
    }
}
