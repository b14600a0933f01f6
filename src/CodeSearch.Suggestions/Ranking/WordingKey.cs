namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// A stable 64-bit FNV-1a hash of a description or synonym, in hex. Data/term-stats.tsv keys wordings by it so the
/// committed file holds no text of the official code sets.
/// </summary>
public static class WordingKey
{
    /// <summary>The key of <paramref name="wording"/>.</summary>
    public static string Of(string wording)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in wording)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash.ToString("x16");
    }
}
