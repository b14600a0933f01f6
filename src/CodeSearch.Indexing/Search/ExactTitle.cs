using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A reportable code whose long description says exactly what the query says comes before the Alphabetic Index
/// default (docs/search.md, "The Alphabetic Index default"): the index can lag the tabular list, which adds codes
/// for names its entries still send elsewhere ("Canavan disease" is E75.28 in the tabular list, while the index entry
/// still gives E75.29 Other sphingolipidosis). Exactly: the same words, stop words and "unspecified" aside, in any
/// order. Only the first <see cref="Looked"/> word matches after the default are looked at.
/// </summary>
internal static class ExactTitle
{
    /// <summary>Word matches looked at after the default.</summary>
    public const int Looked = 5;

    /// <summary>
    /// Moves the first exact title among the hits after the <paramref name="defaults"/> default codes (0 or 1) to the
    /// front, scoring <paramref name="margin"/> above the default; the lists stay in descending score order.
    /// </summary>
    public static void Promote(string query, List<SearchHit> hits, List<int> docs, int defaults, float margin)
    {
        if (defaults != 1 || hits.Count < 2) return;
        var asked = Words(query);
        if (asked.Count == 0) return;
        var end = Math.Min(hits.Count, 1 + Looked);
        for (var h = 1; h < end; h++)
        {
            var code = hits[h].Code;
            if (!code.Billable || ReferenceEquals(code, hits[0].Code) || !Words(code.Description).SetEquals(asked)) continue;
            var hit = hits[h] with { Score = hits[0].Score + margin };
            var doc = docs[h];
            hits.RemoveAt(h);
            docs.RemoveAt(h);
            hits.Insert(0, hit);
            docs.Insert(0, doc);
            return;
        }
    }

    /// <summary>
    /// Among hits tied with the first on score, moves the first whose title says exactly what the query says, words
    /// in square brackets aside (nonessential in the tabular list), to the front: "dic", read as disseminated
    /// intravascular coagulation, ties D65 *Disseminated intravascular coagulation [defibrination syndrome]* with P60
    /// *… of newborn*, and the exact title should win the tie rather than document order.
    /// </summary>
    public static void BreakTie(string query, List<SearchHit> hits, List<int> docs)
    {
        if (hits.Count < 2 || hits[1].Score < hits[0].Score) return;
        var asked = Words(query);
        if (asked.Count == 0 || Words(WithoutBrackets(hits[0].Code.Description)).SetEquals(asked)) return;
        for (var h = 1; h < hits.Count && hits[h].Score >= hits[0].Score; h++)
        {
            if (!Words(WithoutBrackets(hits[h].Code.Description)).SetEquals(asked)) continue;
            var (hit, doc) = (hits[h], docs[h]);
            hits.RemoveAt(h);
            docs.RemoveAt(h);
            hits.Insert(0, hit);
            docs.Insert(0, doc);
            return;
        }
    }

    private static string WithoutBrackets(string title)
    {
        var open = title.IndexOf('[', StringComparison.Ordinal);
        if (open < 0) return title;
        var close = title.IndexOf(']', open);
        return close < 0 ? title[..open] : title[..open] + WithoutBrackets(title[(close + 1)..]);
    }

    private static HashSet<string> Words(string text) => QueryTokens.StemList(text)
        .Where(w => !StopWords.Contains(w) && w != "unspecified").ToHashSet(StringComparer.Ordinal);
}
