using CodeSearch.Core;

namespace CodeSearch.Suggestions.Engine;

/// <summary>One note to code. Validation of the fields happens at the API edge; see <see cref="SuggestionLimits"/>.</summary>
public sealed record SuggestionRequest
{
    /// <summary>The clinical note (PHI: never logged).</summary>
    public required string Text { get; init; }

    /// <summary>Code systems to suggest from; empty means ICD-10-CM only.</summary>
    public IReadOnlyList<CodeSystemId> Systems { get; init; } = [];

    /// <summary>Most suggestions returned; 0 means <see cref="SuggestionLimits.DefaultMaxResults"/>.</summary>
    public int MaxResults { get; init; }

    /// <summary>Selects the release in force (as lookup does); null means the newest loaded release.</summary>
    public DateOnly? DateOfService { get; init; }

    /// <summary>Suggestions scored below this are dropped; null means <see cref="SuggestionLimits.DefaultMinScore"/>.</summary>
    public double? MinScore { get; init; }

    /// <summary>Also return the mentions left out because of their assertion (negated, historical, family).</summary>
    public bool IncludeExcluded { get; init; }
}
