using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Evaluation.Runs;

/// <summary>The requests the evaluation sends, with the defaults a client gets from the server.</summary>
public static class EvalRequests
{
    /// <summary>SearchCodes page size when the request gives none (the server's RequestLimits.DefaultPageSize).</summary>
    public const int SearchPageSize = SearchLimits.DefaultPageSize;

    /// <summary>Longest SearchCodes query the server accepts (RequestLimits.MaxQueryLength); longer rows get no results.</summary>
    public const int MaxSearchQueryLength = SearchLimits.MaxQueryLength;

    /// <summary>SuggestCodes with the shipped defaults: max_results 0 and no min_score.</summary>
    public static SuggestionRequest DefaultSuggest(EvalDocument document) =>
        new() { Text = document.Text, Systems = [document.System] };

    /// <summary>The long list MAP is computed on: as many results as allowed, no score floor.</summary>
    public static SuggestionRequest LongSuggest(EvalDocument document) =>
        DefaultSuggest(document) with { MaxResults = SuggestionLimits.MaxResultsLimit, MinScore = 0 };

    /// <summary>SearchCodes over the row's system, as the server builds it from a request with only query and system set; null when the server would reject the text.</summary>
    public static CodeSearchQuery? Search(EvalDocument document)
    {
        var text = QueryText.Normalize(document.Text);
        if (text.Trim().Length == 0 || document.Text.Length > MaxSearchQueryLength) return null;
        return new CodeSearchQuery(text, [document.System], false, 0, SearchPageSize, null);
    }
}
