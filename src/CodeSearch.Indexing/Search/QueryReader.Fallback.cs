namespace CodeSearch.Indexing.Search;

// What the short-list fallback (ShortListFallback) borrows from the reading: its spelling table and its context test.
internal sealed partial class QueryReader
{
    /// <summary>The long-description words corrections lead to (in memory once first asked for).</summary>
    internal SpellingTable RawWords => _rawWords.Value;

    /// <summary>Whether a code holds the description word <paramref name="raw"/> with any of <paramref name="others"/> (stemmed).</summary>
    internal bool HeldBeside(string raw, IReadOnlyList<string> others) => Together.AnyWith(raw, others);

    /// <summary>Whether <paramref name="word"/>, which no code holds, is a word in its own right rather than a slip for <paramref name="correction"/>.</summary>
    internal bool IsRealWord(string word, string correction) => RealWord(word, correction);
}
