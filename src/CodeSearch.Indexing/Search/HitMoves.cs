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
}
