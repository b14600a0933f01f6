namespace CodeSearch.Suggestions.Engine;

/// <summary>Documented limits and defaults of SuggestCodes (docs/api.md).</summary>
public static class SuggestionLimits
{
    /// <summary>Longest note accepted, in UTF-16 characters; longer notes are INVALID_ARGUMENT.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>Largest max_results accepted.</summary>
    public const int MaxResultsLimit = 200;

    /// <summary>Suggestions returned when max_results is 0.</summary>
    public const int DefaultMaxResults = 20;

    /// <summary>Score floor applied when the request gives no min_score.</summary>
    public const double DefaultMinScore = 0.2;
}
