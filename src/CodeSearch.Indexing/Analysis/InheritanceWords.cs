namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Words that say how a condition is inherited, not which condition it is: "autosomal", "dominant", "recessive",
/// "linked" (of "X-linked", "Y-linked"). Genetic names carry them ("autosomal dominant nonsyndromic deafness 15"),
/// the code titles mostly do not, and the few titles that do ("Autosomal dominant hypocalcemia") are rare words
/// that used to outweigh the condition in the relaxed tier. A query treats them as weak words (docs/search.md,
/// "Weak words"): not required and never making a code a relaxed candidate, but still scoring.
/// </summary>
public static class InheritanceWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "autosomal", "dominant", "recessive", "linked",
    };

    /// <summary>True for an inheritance word, in analysed (stemmed, lower-case) form.</summary>
    public static bool Contains(string stemmed) => Words.Contains(stemmed);
}
