namespace CodeSearch.Core.Search;

/// <summary>How a result matched the query.</summary>
public enum MatchKind
{
    /// <summary>The query is this code (dotted or not, any case).</summary>
    ExactCode = 1,
    /// <summary>The query is the start of this code.</summary>
    CodePrefix = 2,
    /// <summary>Every query word is in the description (the last one as a prefix).</summary>
    Text = 3,
}

/// <summary>One ranked result; <paramref name="MatchedSynonym"/> names the index or inclusion term that matched, when the description alone did not.</summary>
public sealed record SearchHit(MedicalCode Code, float Score, MatchKind MatchKind, string? MatchedSynonym = null);

/// <summary>One page of ranked results and whether more follow.</summary>
/// <param name="Hits">The results of the page.</param>
/// <param name="HasMore">Whether more results follow.</param>
/// <param name="UnderstoodAs">What the query was read as when search rewrote it (abbreviations and lay terms expanded,
/// misspellings corrected: "pneumonia" for "pnuemonia"); null when it was searched as written.</param>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, bool HasMore, string? UnderstoodAs = null);
