namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Contractions typed without their apostrophe ("wont", "havent", "doesnt"): everyday words no title writes, which the
/// spelling corrector must not read as title words one edit away ("hiccups that wont stop": want; "havent had a period":
/// have). They are kept as typed (docs/search.md, "Misspellings"); the vocabulary still reads the terms that hold them
/// ("cant sleep", "wont go away").
/// </summary>
public static class Contractions
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt", "ive",
        "shouldnt", "wasnt", "werent", "wont", "wouldnt", "youre", "theyre", "im",
    };

    /// <summary>Whether <paramref name="word"/> (lower case) is a contraction written without its apostrophe.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
