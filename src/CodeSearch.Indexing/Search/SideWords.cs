namespace CodeSearch.Indexing.Search;

/// <summary>
/// The words that name a side of the body (<c>left</c>, <c>right</c>, <c>bilateral</c>). The Alphabetic Index and the
/// vocabulary name a condition without its side, so a side word is set aside to find the entry or the term the rest of
/// the query names, and the side then picks the code (<see cref="LateralSibling"/>).
/// </summary>
internal static class SideWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "left", "right", "bilateral" };

    // The words set aside to find a term: the sides, "both", the everyday word for bilateral ("ringing in both ears"),
    // and the sides as clinicians shorten them ("l bka", "s/p r tha", "bilat tka"), so the term they split is read whole
    // ("s/p l bka" → l s/p bka → left acquired absence of leg below knee); the vocabulary then reads "l" and "r" as a side
    // only beside a body-part word or a term whose reading holds one.
    private static readonly HashSet<string> MovedWords = new(StringComparer.Ordinal)
    {
        "left", "right", "bilateral", "both", "l", "r", "lt", "rt", "bilat", "b/l",
    };

    /// <summary>Whether <paramref name="word"/> (lower case) names a side.</summary>
    public static bool IsSide(string word) => Words.Contains(word);

    /// <summary>
    /// <paramref name="text"/> without its side words, or null when it holds none or nothing else. A trailing space
    /// (the last word complete) is kept.
    /// </summary>
    public static string? Without(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !IsSide(w)).ToArray();
        if (kept.Length == words.Length || kept.Length == 0) return null;
        return string.Join(' ', kept) + (text.EndsWith(' ') ? " " : "");
    }

    // The organs the titles name with their side ("right ear", "left eye"): after a side word they are the side's.
    private static readonly HashSet<string> SidedOrgans = new(StringComparer.Ordinal) { "ear", "ears", "eye", "eyes" };

    /// <summary>
    /// <paramref name="text"/> without its side words and the ear or eye right after one ("acute otitis media right ear"
    /// → acute otitis media: the titles write the side as "right ear", the Alphabetic Index names neither), or null when
    /// no such ear or eye follows a side word or nothing else is left.
    /// </summary>
    public static string? WithoutSidedOrgan(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        var organ = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (IsSide(words[i]) && i + 1 < words.Length && SidedOrgans.Contains(words[i + 1]))
            {
                organ = true;
                i++;
                continue;
            }
            if (!IsSide(words[i])) kept.Add(words[i]);
        }
        if (!organ || kept.Count == 0) return null;
        return string.Join(' ', kept) + (text.EndsWith(' ') ? " " : "");
    }

    /// <summary>
    /// <paramref name="text"/> with its side words moved to the start, in their order, or null when it holds none, only
    /// side words, or they already start it: "ringing in my left ear" → "left ringing in my ear", "ringing in both ears"
    /// → "both ringing in ears" ("both" is moved too), "s/p l bka" → "l s/p bka". The start, not the end, so the word
    /// being typed stays the last.
    /// </summary>
    public static string? First(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !MovedWords.Contains(w)).ToList();
        var sides = words.Where(MovedWords.Contains).ToList();
        if (sides.Count == 0 || kept.Count == 0) return null;
        var moved = sides.Concat(kept).ToArray();
        if (moved.SequenceEqual(words)) return null;
        return string.Join(' ', moved) + (text.EndsWith(' ') ? " " : "");
    }
}
