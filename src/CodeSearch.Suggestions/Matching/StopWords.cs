namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Words that carry no coding meaning on either side of a match (articles, prepositions, auxiliaries). "with",
/// "without", "and" are stop words too: what follows them is what matters, and <see cref="TermParser"/> decides
/// whether it is required. "other" is not a stop word: it must be able to match an "Other ..." code.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "without", "and", "or", "by", "as", "is", "was",
        "were", "be", "been", "are", "from", "that", "this", "which", "who", "his", "her", "its", "their", "has", "had",
        "have", "it", "he", "she", "we", "not", "but", "into", "than", "then", "also", "after", "before", "during",
        "due", "there", "these", "those", "any", "all", "some", "one", "s", "y", "o", "de", "la", "el",
        "patient", "pt", "pts", "year", "years", "old", "yo", "mg", "ml", "day", "days", "time", "times", "both",
    };

    /// <summary>True when <paramref name="folded"/> is ignored by matching.</summary>
    public static bool Contains(string folded) => Words.Contains(folded);
}
