using System.Text;
using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Evaluation.Runs;

/// <summary>The requests the evaluation sends, with the defaults a client gets from the server.</summary>
public static class EvalRequests
{
    /// <summary>SearchCodes page size when the request gives none (the server's RequestLimits.DefaultPageSize).</summary>
    public const int SearchPageSize = 20;

    /// <summary>Longest SearchCodes query the server accepts (RequestLimits.MaxQueryLength); longer rows get no results.</summary>
    public const int MaxSearchQueryLength = 256;

    /// <summary>SuggestCodes with the shipped defaults: max_results 0 and no min_score.</summary>
    public static SuggestionRequest DefaultSuggest(EvalDocument document) =>
        new() { Text = document.Text, Systems = [document.System] };

    /// <summary>The long list MAP is computed on: as many results as allowed, no score floor.</summary>
    public static SuggestionRequest LongSuggest(EvalDocument document) =>
        DefaultSuggest(document) with { MaxResults = SuggestionLimits.MaxResultsLimit, MinScore = 0 };

    /// <summary>SearchCodes over the row's system, as the server builds it from a request with only query and system set; null when the server would reject the text.</summary>
    public static CodeSearchQuery? Search(EvalDocument document)
    {
        var text = NormalizeQuery(document.Text);
        if (text.Trim().Length == 0 || document.Text.Length > MaxSearchQueryLength) return null;
        return new CodeSearchQuery(text, [document.System], false, 0, SearchPageSize, null);
    }

    /// <summary>
    /// As the server's QueryText.Normalize: lower case, leading whitespace dropped, every other whitespace run (a
    /// trailing one too, which tells search the last word is complete) becomes one space.
    /// </summary>
    public static string NormalizeQuery(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        if (pendingSpace) builder.Append(' ');
        return builder.ToString();
    }
}
