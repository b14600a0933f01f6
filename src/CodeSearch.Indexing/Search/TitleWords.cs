namespace CodeSearch.Indexing.Search;

/// <summary>
/// A code title's words as the ranking rules compare them with the query (`UnspecifiedChild`, `LateralSibling`):
/// lower case, split at spaces and punctuation, unstemmed; a word is matched by its first <see cref="KeyLength"/>
/// letters (<see cref="Key"/>), so "fracture" meets "fractures" and "fx" stays itself.
/// </summary>
internal static class TitleWords
{
    /// <summary>Letters of a word that decide a match.</summary>
    public const int KeyLength = 4;

    private static readonly char[] Separators = [' ', ',', '(', ')', '[', ']', '-', '/', '.', ';', ':'];

    /// <summary>The words of a title or query, lower case.</summary>
    public static string[] Of(string text) => text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The first <see cref="KeyLength"/> letters of a word (the whole word when shorter).</summary>
    public static string Key(string word) => word.Length > KeyLength ? word[..KeyLength] : word;
}
