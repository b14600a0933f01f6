using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The unspecified code of a family beside its specific siblings (docs/search.md, "The family's unspecified code
/// beside its siblings"): when two or more reportable ICD-10-CM codes of one category stand among the first
/// <see cref="Kept"/> results of a word query and none of them is the family's unspecified code, that code is put
/// right after the first of them. The family is the siblings' nearest common header; its code is the one reached down
/// from that header by <see cref="UnspecifiedChild.UnspecifiedLeaf"/>, or the most unspecified code of the family
/// listed further down (among the first <see cref="Looked"/>), whichever says *unspecified* more often, as long as it
/// says it more often than every sibling listed and its title holds every query word all of the siblings' titles hold.
/// Specific siblings tie on the query's words and crowd the page: `peptic ulcer disease` listed K27.0, K27.1, K27.4
/// (*acute with hemorrhage* …) and K27.9 *Peptic ulcer, site unspecified, unspecified as acute or chronic, without
/// hemorrhage or perforation* 12th; now K27.9 is third. A code alone of its category gets a vaguer code of its category
/// listed further down that says *unspecified* more often (`coughing up yellow phlegm`: R05.9 beside R05.1 *Acute
/// cough*). The first result never moves; the codes after the place move
/// down one and each position keeps its score.
/// </summary>
internal static class CategoryDefault
{
    /// <summary>The first results whose siblings are looked at; the family's code is placed among them.</summary>
    public const int Kept = 5;

    /// <summary>Results looked at for a more unspecified code of the family (the default page: 20).</summary>
    public const int Looked = 20;

    /// <summary>Families given their unspecified code at most, so a page keeps room for other readings.</summary>
    public const int MostPlaced = 2;

    /// <summary>
    /// Places the unspecified code of each family (at most <see cref="MostPlaced"/>) whose siblings stand among the first
    /// <see cref="Kept"/> without it right after the first of them.
    /// </summary>
    /// <remarks><c>find</c> gives a code of the hit's system and release by its undotted code, or null.</remarks>
    public static void Place(string query, List<SearchHit> hits, List<int> docs, Func<MedicalCode, string, MedicalCode?> find,
        Func<MedicalCode, IReadOnlyList<MedicalCode>> children, Func<MedicalCode, int>? documentOf)
    {
        for (var h = 0; h < Math.Min(hits.Count, Kept); h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) return;
        }
        var scores = hits.Select(h => h.Score).ToList();
        var keys = TitleWords.Of(query).Where(w => !StopWords.Contains(w)).Select(TitleWords.Key).Distinct().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var placed = 0;
        for (var first = 0; first < Math.Min(hits.Count, Kept) - 1 && placed < MostPlaced; first++)
        {
            var code = hits[first].Code;
            if (!Reportable(code) || !seen.Add(code.Code[..3])) continue;
            var group = new List<MedicalCode>();
            for (var h = first; h < Math.Min(hits.Count, Kept); h++)
            {
                if (Reportable(hits[h].Code) && hits[h].Code.Code.StartsWith(code.Code[..3], StringComparison.Ordinal)) group.Add(hits[h].Code);
            }
            var best = Best(query, hits, group, keys, find, children, group.Count == 1);
            if (best is null) continue;
            Put(hits, docs, best, first + 1, documentOf);
            placed++;
        }
        if (placed == 0) return;
        for (var h = 0; h < hits.Count; h++) hits[h] = hits[h] with { Score = scores[Math.Min(h, scores.Count - 1)] };
    }

    // The family's unspecified code, when more unspecified than every sibling listed, holding the words they all hold
    // and not already among the first results.
    private static MedicalCode? Best(string query, List<SearchHit> hits, List<MedicalCode> group, List<string> keys,
        Func<MedicalCode, string, MedicalCode?> find, Func<MedicalCode, IReadOnlyList<MedicalCode>> children, bool alone)
    {
        // A code alone of its category: its category is the family, and only a code the query's words listed further
        // down is put beside it (no code is added from the category's tree).
        var prefix = alone ? group[0].Code[..3] : CommonPrefix(group);
        var most = group.Max(c => Vagueness(c.Description));
        var shared = keys.Where(k => group.All(c => Holds(c.Description, k))).ToList();
        MedicalCode? best = null;
        var header = alone ? null : Header(group[0], prefix, find);
        if (header is not null && UnspecifiedChild.UnspecifiedLeaf(header, children, query) is { } leaf) best = leaf;
        for (var h = Kept; h < Math.Min(hits.Count, Looked); h++)
        {
            var code = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || !Reportable(code) || !code.Code.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (best is null || Vagueness(code.Description) > Vagueness(best.Description)) best = code;
        }
        // Beside a code alone, a vaguer title must say *unspecified* more often: I02.9 *Rheumatic chorea without heart
        // involvement* is not the family's default beside I02.0 *… with heart involvement*.
        if (best is null || Vagueness(best.Description) <= most
            || alone && UnspecifiedChild.Unspecified(best.Description) <= UnspecifiedChild.Unspecified(group[0].Description)
            || !shared.TrueForAll(k => Holds(Stated(best.Description), k))
            || Held(keys, Stated(best.Description)) < group.Max(c => Held(keys, c.Description))) return null;
        for (var h = 0; h < Math.Min(hits.Count, Kept); h++)
        {
            if (Same(hits[h].Code, best)) return null;
        }
        return best;
    }

    // The nearest header above the siblings: the longest prefix of theirs that is a code of the release.
    private static MedicalCode? Header(MedicalCode sibling, string prefix, Func<MedicalCode, string, MedicalCode?> find)
    {
        for (var length = prefix.Length; length >= 3; length--)
        {
            if (find(sibling, prefix[..length]) is { Billable: false } header) return header;
        }
        return null;
    }

    private static string CommonPrefix(List<MedicalCode> codes)
    {
        var prefix = codes[0].Code;
        foreach (var code in codes)
        {
            var length = 0;
            while (length < prefix.Length && length < code.Code.Length && prefix[length] == code.Code[length]) length++;
            prefix = prefix[..length];
        }
        return prefix;
    }

    // Moves the code up to the place when listed after it, or adds it there.
    private static void Put(List<SearchHit> hits, List<int> docs, MedicalCode code, int at, Func<MedicalCode, int>? documentOf)
    {
        var listed = hits.FindIndex(h => Same(h.Code, code));
        if (listed >= at)
        {
            HitMoves.MoveUp(hits, docs, listed, at);
            return;
        }
        hits.Insert(at, new SearchHit(code, hits[at - 1].Score, MatchKind.Text));
        docs.Insert(at, documentOf?.Invoke(code) ?? -1);
    }

    /// <summary>
    /// How little a title adds to its family: twice its <see cref="UnspecifiedChild.Unspecified"/> count, one more when
    /// it says *without* (the default of a with/without pair, as in `WithoutFirst`) and one less when it says *with*
    /// (a finding added): K27.9 *Peptic ulcer, site unspecified, unspecified as acute or chronic, without hemorrhage or
    /// perforation* 5, K27.4 *Chronic or unspecified peptic ulcer, site unspecified, with hemorrhage* 3.
    /// </summary>
    internal static int Vagueness(string title)
    {
        var words = TitleWords.Of(title);
        return 2 * UnspecifiedChild.Unspecified(title) + (words.Contains("without") ? 1 : 0) - (words.Contains("with") ? 1 : 0);
    }

    private static bool Reportable(MedicalCode code) =>
        code.System == CodeSystemId.Icd10Cm && code.Billable && code.Code.Length >= 4;

    private static bool Same(MedicalCode a, MedicalCode b) => a.System == b.System && a.Code == b.Code;

    // A title without what it says it is without: *… without hemorrhage or perforation* states neither, so
    // `peptic ulcer with hemorrhage` is not held by K27.9.
    private static string Stated(string title) =>
        string.Join(",", title.Split(',').Select(part => part.IndexOf("without", StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? part[..at] : part));

    // How many of the query's word keys the title holds.
    private static int Held(List<string> keys, string title) => keys.Count(k => Holds(title, k));

    private static bool Holds(string title, string key) => TitleWords.Of(title).Any(w => w.StartsWith(key, StringComparison.Ordinal));
}
