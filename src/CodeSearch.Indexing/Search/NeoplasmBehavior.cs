using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A neoplasm named without its behavior ("thyroid neoplasm", "tumor of the prostate") matches the benign and the
/// malignant code of the site equally, and the shorter title would win the tie (*Benign* is shorter than *Malignant*).
/// Among hits of equal score the malignant code comes first (docs/search.md, "Tie-breaks"): a cancer is what a
/// neoplasm named by its site alone is most often searched for and coded as. Nothing moves when the query says
/// "benign", and no hit moves past one of another score or a code match.
/// </summary>
internal static class NeoplasmBehavior
{
    private const string Malignant = "Malignant neoplasm";
    private const string Benign = "Benign neoplasm";

    /// <summary>Reorders each run of equal scores in place so its malignant titles precede its benign ones.</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        if (hits.Count < 2 || QueryTokens.Analyze(query).Any(t => t.Stemmed == "benign")) return;
        for (var start = 0; start < hits.Count;)
        {
            var end = start + 1;
            while (end < hits.Count && hits[end].Score == hits[start].Score) end++;
            if (end - start > 1) OrderRun(hits, docs, start, end);
            start = end;
        }
    }

    // Words that name a neoplasm without its behavior: the Alphabetic Index reads them as "Neoplasm, unspecified
    // behavior, by site", whose titles the benign code's shorter description outscores.
    private static readonly HashSet<string> Unqualified = new(StringComparer.Ordinal) { "tumor", "neoplasm" };

    /// <summary>The results looked at by <see cref="MalignantFirst"/>.</summary>
    public const int Looked = 5;

    /// <summary>
    /// A neoplasm named by its site and "tumor" or "neoplasm" alone ("tumor of the bladder", "neoplasm of mediastinum"):
    /// within the first <see cref="Looked"/> word matches, the first malignant title moves before the first benign one
    /// whatever their scores (docs/search.md, "Tie-breaks"); the others move down one, each position keeping its score.
    /// Nothing moves when the query says "benign" or "malignant", or names no neoplasm word.
    /// </summary>
    public static void MalignantFirst(string query, List<SearchHit> hits, List<int> docs)
    {
        var words = QueryTokens.Analyze(query).Select(t => SpellingVariants.American(t.Stemmed) ?? t.Stemmed).ToList();
        if (!words.Any(Unqualified.Contains) || words.Contains("benign") || words.Contains("malignant")) return;
        var end = Math.Min(hits.Count, Looked);
        int benign = -1, malignant = -1;
        for (var h = 0; h < end && malignant < 0; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) return;
            var description = hits[h].Code.Description;
            if (benign < 0 && description.StartsWith(Benign, StringComparison.Ordinal)) benign = h;
            else if (description.StartsWith(Malignant, StringComparison.Ordinal)) malignant = h;
        }
        if (benign < 0 || malignant < benign) return;
        HitMoves.MoveUp(hits, docs, malignant, benign);
    }

    private static void OrderRun(List<SearchHit> hits, List<int> docs, int start, int end)
    {
        var slots = new List<int>();
        var malignant = new List<(SearchHit Hit, int Doc)>();
        var benign = new List<(SearchHit Hit, int Doc)>();
        for (var h = start; h < end; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) continue;
            var description = hits[h].Code.Description;
            if (description.StartsWith(Malignant, StringComparison.Ordinal)) malignant.Add((hits[h], docs[h]));
            else if (description.StartsWith(Benign, StringComparison.Ordinal)) benign.Add((hits[h], docs[h]));
            else continue;
            slots.Add(h);
        }
        if (malignant.Count == 0 || benign.Count == 0) return;
        var ordered = malignant.Concat(benign).ToList();
        for (var i = 0; i < slots.Count; i++)
        {
            hits[slots[i]] = ordered[i].Hit;
            docs[slots[i]] = ordered[i].Doc;
        }
    }
}
