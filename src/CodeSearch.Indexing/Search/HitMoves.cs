using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Moves results of a page being ranked, with their documents, so that each position keeps its score: the list stays
/// in descending order while a rule after scoring (docs/search.md, 4) changes which code stands where.
/// </summary>
internal static class HitMoves
{
    /// <summary>Moves the hit at <paramref name="from"/> up to <paramref name="to"/>; those between move down one.</summary>
    public static void MoveUp(List<SearchHit> hits, List<int> docs, int from, int to)
    {
        var moved = (Hit: hits[from], Doc: docs[from]);
        for (var slot = from; slot > to; slot--)
        {
            hits[slot] = hits[slot - 1] with { Score = hits[slot].Score };
            docs[slot] = docs[slot - 1];
        }
        hits[to] = moved.Hit with { Score = hits[to].Score };
        docs[to] = moved.Doc;
    }

    /// <summary>
    /// Puts the hits at the positions <paramref name="order"/> lists into the positions from <paramref name="start"/>
    /// on (the first positions unless given), in that order.
    /// </summary>
    public static void Reorder(List<SearchHit> hits, List<int> docs, IReadOnlyList<int> order, int start = 0)
    {
        var moved = order.Select(h => (Hit: hits[h], Doc: docs[h])).ToList();
        for (var k = 0; k < moved.Count; k++)
        {
            var slot = start + k;
            hits[slot] = moved[k].Hit with { Score = hits[slot].Score };
            docs[slot] = moved[k].Doc;
        }
    }

    /// <summary>
    /// Puts a stand-in at <paramref name="at"/> and returns the hit it replaced: the hit listed at
    /// <paramref name="listed"/> (after <paramref name="at"/>) moves up from there, or, when the stand-in is not listed
    /// (-1), a new text hit for <paramref name="standIn"/> with its document. Give the replaced hits to
    /// <see cref="Follow"/> once every stand-in is placed.
    /// </summary>
    public static (SearchHit Hit, int Doc) StandIn(List<SearchHit> hits, List<int> docs, int at, int listed,
        MedicalCode? standIn, Func<MedicalCode, int>? documentOf)
    {
        var replaced = (Hit: hits[at], Doc: docs[at]);
        if (listed >= 0)
        {
            hits[at] = hits[listed];
            docs[at] = docs[listed];
            hits.RemoveAt(listed);
            docs.RemoveAt(listed);
        }
        else if (standIn is not null)
        {
            hits[at] = new SearchHit(standIn, replaced.Hit.Score, MatchKind.Text);
            docs[at] = documentOf?.Invoke(standIn) ?? -1;
        }
        return replaced;
    }

    /// <summary>
    /// Puts the <paramref name="replaced"/> hits after the first <paramref name="after"/> results; each position then
    /// takes the score <paramref name="scores"/> gave it before the moves, so the list stays in descending order.
    /// </summary>
    public static void Follow(List<SearchHit> hits, List<int> docs, List<(SearchHit Hit, int Doc)> replaced, int after,
        IReadOnlyList<float> scores)
    {
        if (replaced.Count == 0) return;
        var at = Math.Min(after, hits.Count);
        hits.InsertRange(at, replaced.Select(m => m.Hit));
        docs.InsertRange(at, replaced.Select(m => m.Doc));
        for (var h = 0; h < hits.Count; h++) hits[h] = hits[h] with { Score = scores[Math.Min(h, scores.Count - 1)] };
    }
}
