using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Of two ICD-10-CM codes whose titles differ only in one "with" and "without" ("Laceration with foreign body of right
/// hand" and "Laceration without foreign body of right hand"; "Type 1 diabetes mellitus with hypoglycemia with coma" and
/// "… with hypoglycemia without coma"), the one the query asks for comes first (docs/search.md, "Without before with"):
/// the "without" code when the query does not name the finding the "with" adds (the Alphabetic Index default of such a
/// pair), the "with" code when the query names it (its last word) and says no "without". The query's words score both alike, and among
/// equals the shorter title came first. Within the first <see cref="Looked"/> results; each position keeps its score;
/// code matches ("e11") never move.
/// </summary>
internal static class WithoutFirst
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 5;

    private static readonly string[] Negations = ["without", "w/o", "wo", "no", "not"];

    /// <summary>Moves each code of a twin pair the query asks for up to the place of its twin listed before it.</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var negated = words.Any(w => Negations.Contains(w));
        var end = Math.Min(hits.Count, Looked);
        for (var h = 0; h < end; h++)
        {
            var title = hits[h].Code.Description;
            if (!Movable(hits[h])) continue;
            foreach (var (twin, finding, leadsWith) in Twins(title))
            {
                // The "with" code listed first gives way when the query does not name its finding; the "without" code
                // listed first gives way when the query names the finding and negates nothing.
                var named = Names(words, finding);
                if (leadsWith ? named : negated || !named) continue;
                var k = Index(hits, twin, h + 1, end);
                if (k < 0) continue;
                HitMoves.MoveUp(hits, docs, k, h);
                break;
            }
        }
    }

    // Each twin title of a title: one "with" turned "without" or one "without" turned "with", with the finding the
    // connective introduces (its words up to a comma, a stop word or the next connective) and whether the title is the
    // "with" one.
    private static IEnumerable<(string Twin, string[] Finding, bool LeadsWith)> Twins(string title)
    {
        foreach (var (from, to, leadsWith) in new[] { (" with ", " without ", true), (" without ", " with ", false) })
        {
            for (var at = title.IndexOf(from, StringComparison.Ordinal); at >= 0; at = title.IndexOf(from, at + 1, StringComparison.Ordinal))
            {
                var twin = string.Concat(title.AsSpan(0, at), to, title.AsSpan(at + from.Length));
                yield return (twin, Finding(title[(at + from.Length)..]), leadsWith);
            }
        }
    }

    private static string[] Finding(string rest)
    {
        var finding = new List<string>();
        foreach (var raw in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.TrimEnd(',', ';').ToLowerInvariant();
            if (word is "with" or "without" or "due" || StopWords.Contains(word)) break;
            if (word.Length > 0) finding.Add(word);
            if (raw.EndsWith(',') || raw.EndsWith(';')) break;
        }
        return [.. finding];
    }

    // Whether the finding's head, its last word, is a word of the query (plurals aside): "w shock" names *septic shock*,
    // "hepatitis c" does not name *hepatic coma*, nor "pulmonary embolism" *acute cor pulmonale*.
    private static bool Names(string[] query, string[] finding) =>
        finding.Length > 0 && query.Any(q => Same(q, finding[^1]));

    private static bool Same(string a, string b) =>
        a == b || (a.Length == b.Length + 1 && a[^1] == 's' && a.StartsWith(b, StringComparison.Ordinal))
        || (b.Length == a.Length + 1 && b[^1] == 's' && b.StartsWith(a, StringComparison.Ordinal));

    // Code matches ("e11") keep the code order: only ICD-10-CM codes found by their words move.
    private static bool Movable(SearchHit hit) => hit.Code.System == CodeSystemId.Icd10Cm && hit.MatchKind == MatchKind.Text;

    private static int Index(List<SearchHit> hits, string title, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (Movable(hits[k]) && string.Equals(hits[k].Code.Description, title, StringComparison.Ordinal)) return k;
        }
        return -1;
    }
}
