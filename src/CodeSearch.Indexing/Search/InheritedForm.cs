using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A disease named as a genetic type, by its inheritance ("autosomal dominant spastic paraplegia", "X-linked …") or by
/// a type number no leading title explains ("spastic paraplegia 63", "dystonia 12"), is the inherited form of the
/// disease, and the code for it is the one whose title says so (*Hereditary spastic paraplegia*, *Genetic torsion
/// dystonia*), not the acquired form that happens to score higher (*Tropical spastic paraplegia*, *Dystonia,
/// unspecified*). Within the first <see cref="Looked"/> word matches, when the first title names no inherited form, the
/// first title that does (<see cref="TitleWords"/>) comes first if it holds at least as many of the query's disease
/// words; the others move down one, each position keeping its score (docs/search.md, "The inherited form of a genetic
/// type"). Titles of a condition's context (*Genetic susceptibility to …*, *Family history of …*) never move up.
/// </summary>
internal static class InheritedForm
{
    /// <summary>Results looked at, at the top of the list.</summary>
    public const int Looked = 5;

    // Query words that name an inherited form (analysed: "X-linked" gives "linked").
    private static readonly HashSet<string> QueryWords = new(StringComparer.Ordinal)
    {
        "hereditary", "familial", "inherited", "genetic", "congenital", "autosomal", "dominant", "recessive", "linked",
    };

    // Title words that name an inherited form.
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "hereditary", "familial", "inherited", "genetic", "congenital", "constitutional",
    };

    // Words that say what kind of condition, not which: they do not count as the disease's words.
    private static readonly HashSet<string> HeadWords = new(StringComparer.Ordinal)
    {
        "disease", "disorder", "syndrome", "condition", "type", "deficiency", "defect", "form",
    };

    private static readonly string[] ContextOpenings =
        ["Genetic susceptibility", "Family history", "Personal history", "Carrier of", "Encounter for"];

    private static readonly HashSet<string> Roman = new(StringComparer.Ordinal)
    {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "xi", "xii",
    };

    /// <summary>Moves the first inherited-form title of the first results to the front when the query asks for one.</summary>
    public static void Promote(string query, List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        if (end < 2 || hits[0].MatchKind != MatchKind.Text) return;
        var words = QueryTokens.StemList(query);
        var first = TitleWordsOf(hits[0].Code.Description);
        if (first.Overlaps(TitleWords) || !AsksInherited(words, first)) return;
        var disease = words.Where(w => !StopWords.Contains(w) && !HeadWords.Contains(w) && !QueryWords.Contains(w) && !IsTypeNumber(w)).ToList();
        var needed = Math.Max(1, Held(disease, first));
        for (var h = 1; h < end; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) return;
            var description = hits[h].Code.Description;
            var title = TitleWordsOf(description);
            if (!title.Overlaps(TitleWords) || ContextOpenings.Any(o => description.StartsWith(o, StringComparison.Ordinal))) continue;
            if (Held(disease, title) >= needed) HitMoves.MoveUp(hits, docs, h, 0);
            return;
        }
    }

    // An inheritance word, or a type number the first title does not hold ("63", "5a", "iii").
    private static bool AsksInherited(List<string> words, HashSet<string> first) =>
        words.Any(QueryWords.Contains) || words.Any(w => IsTypeNumber(w) && !first.Contains(w));

    internal static bool IsTypeNumber(string word)
    {
        if (word.Length == 0 || word.Length > 5) return false;
        if (Roman.Contains(word)) return true;
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        return digits > 0 && word.Length - digits <= 2 && word[digits..].All(char.IsAsciiLetter);
    }

    // How many of the disease words the title holds, a word counting when its first five letters match.
    private static int Held(List<string> disease, HashSet<string> title) =>
        disease.Count(w => title.Contains(w) || (w.Length > 4 && title.Any(t => t.Length > 4 && string.CompareOrdinal(t, 0, w, 0, 5) == 0)));

    private static HashSet<string> TitleWordsOf(string description) => QueryTokens.Stems(description);
}
