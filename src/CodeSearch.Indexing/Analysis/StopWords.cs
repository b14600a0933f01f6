namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Function words a query may hold without a description having to: articles, prepositions and conjunctions that
/// decide no code. "with", "without", "no", "not", "other" and "due" are deliberately absent: they do decide codes.
/// Stop words are still indexed and still score (so "pain and chest" ranks "Pain in throat and chest" first).
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "from", "into", "as", "is", "are",
        "its", "this", "that",
    };

    /// <summary>True for a stop word (compared in analysed, lower-case form).</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
