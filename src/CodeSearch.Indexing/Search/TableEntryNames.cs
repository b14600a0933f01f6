using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Whether a query's words name an entry of the Table of Neoplasms or of Drugs and Chemicals (docs/search.md, "The
/// Table of Neoplasms default", "The Table of Drugs and Chemicals default"), the rules <see cref="NeoplasmDefault"/>
/// and <see cref="DrugTableDefault"/> share: every title on the path (from <c>first</c> on) is named, one of its
/// alternatives standing whole in the words (<see cref="AlphabeticDefault.AlternativesOf"/>; "NEC" and "NOS", which no
/// query says, named without being said), and every word stands in the path or its nonessential modifiers.
/// </summary>
internal static class TableEntryNames
{
    private static readonly HashSet<string> Unstated = QueryTokens.Stems("nos nec");

    /// <summary>Whether <paramref name="words"/> name the entry; <paramref name="same"/> tells whether a query word names a title word.</summary>
    public static bool Names(AlphabeticIndexEntry entry, int first, HashSet<string> words, Func<string, string, bool> same) =>
        Named(entry.Path.Skip(first), words, same) && Covers(entry, first, words, same);

    private static bool Named(IEnumerable<string> titles, HashSet<string> words, Func<string, string, bool> same) =>
        titles.All(title => AlphabeticDefault.AlternativesOf(title) is not { } alternatives
                            || alternatives.Any(a => a.Length > 0 && a.All(t => Unstated.Contains(t) || words.Any(w => same(w, t)))));

    private static bool Covers(AlphabeticIndexEntry entry, int first, HashSet<string> words, Func<string, string, bool> same)
    {
        var held = entry.Path.Skip(first).Concat(entry.Modifiers).SelectMany(Words).ToList();
        return words.All(w => held.Any(h => same(w, h)));
    }

    /// <summary>The analysed words of a text, stop words left out.</summary>
    public static HashSet<string> Words(string text) =>
        QueryTokens.StemList(text).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

}
