using CodeSearch.Core.Catalog;

namespace CodeSearch.Suggestions.Engine;

/// <summary>The note-to-code pipeline (docs/suggestions.md) over the served index generation.</summary>
public sealed class SuggestionEngine(IIndexProvider indexProvider) : ICodeSuggester
{
    public SuggestionResult Suggest(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        _ = indexProvider;
        throw new NotImplementedException("SuggestionEngine is being written.");
    }
}
