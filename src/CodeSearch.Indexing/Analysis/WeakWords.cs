namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Words that name a kind of condition without saying which one: "disease", "disorder", "syndrome", "condition"
/// (and their plurals). People add them to a name the code sets write without them ("migraine disorder" for
/// Migraine, "Kabuki syndrome" where an index entry says Kabuki), and the code sets add them where people leave them
/// out ("Alcoholic liver disease"). A query does not require them (docs/search.md, "Weak words"), unless the query has nothing else. A weak word typed in full counts even as the last word.
/// </summary>
public static class WeakWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "disease", "disorder", "syndrome", "condition",
    };

    /// <summary>True for a weak word, in analysed (stemmed, lower-case) form.</summary>
    public static bool Contains(string stemmed) => Words.Contains(stemmed);
}
