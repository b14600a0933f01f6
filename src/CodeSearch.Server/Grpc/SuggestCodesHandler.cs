using CodeSearch.Core.Catalog;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Mapping;
using CodeSearch.Server.Options;
using CodeSearch.Server.Validation;
using CodeSearch.Suggestions.Engine;
using Microsoft.Extensions.Options;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// SuggestCodes and each StreamSuggestCodes request: request rules, the engine, mapping. Responses are cached only
/// with <see cref="CacheOptions.CacheSuggestions"/> (off by default): notes are rarely sent twice, and a cached
/// response keeps note-derived text (evidence is PHI) in memory. When on, keys are HMACs, never the note
/// (<see cref="SuggestionCacheKeys"/>).
/// </summary>
internal sealed class SuggestCodesHandler(
    ICodeSuggester suggester, IIndexProvider indexes, ResponseCache cache, SuggestionCacheKeys keys, IOptions<CacheOptions> options)
{
    /// <param name="request">The request as received.</param>
    /// <param name="fieldPrefix">Prepended to field paths in violations ("request." inside the stream).</param>
    /// <param name="cancellationToken">The call's token: the engine stops between sentences when it fires.</param>
    public Proto.SuggestCodesResponse Suggest(Proto.SuggestCodesRequest request, string fieldPrefix, CancellationToken cancellationToken)
    {
        var suggestionRequest = SuggestRequestValidator.Validate(request, fieldPrefix);
        cancellationToken.ThrowIfCancellationRequested();
        if (!options.Value.CacheSuggestions) return Compute(suggestionRequest, cancellationToken);
        var key = keys.For(indexes.Current.Generation, suggestionRequest);
        return cache.GetOrCreate("SuggestCodes", key, () => Compute(suggestionRequest, cancellationToken));
    }

    private Proto.SuggestCodesResponse Compute(SuggestionRequest request, CancellationToken cancellationToken) =>
        SuggestionMapper.ToProto(suggester.Suggest(request, cancellationToken));
}
