using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A header cannot be reported: when a word query lists a header first and one of its reportable codes titled
/// "unspecified" is among the first <see cref="Looked"/> results, that code comes first (docs/search.md, "The
/// unspecified code before its header"): the code a coder reports for the header's condition named without detail.
/// `nausea and vomiting` → R11.2 *Nausea with vomiting, unspecified* before R11; `systolic heart failure` → I50.20
/// before I50.2. Each position keeps its score, so the list stays in descending order. Code matches never move.
/// </summary>
internal static class UnspecifiedChild
{
    /// <summary>Results looked at for the header's unspecified code.</summary>
    public const int Looked = 5;

    /// <summary>Moves the first header's unspecified reportable code, if listed early, to the front.</summary>
    public static void Promote(List<SearchHit> hits, List<int> docs)
    {
        if (hits.Count < 2 || hits[0].MatchKind != MatchKind.Text || hits[0].Code.Billable) return;
        var header = hits[0].Code;
        var end = Math.Min(hits.Count, Looked);
        for (var h = 1; h < end; h++)
        {
            var code = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || !code.Billable || code.System != header.System
                || !code.Code.StartsWith(header.Code, StringComparison.Ordinal)
                || !code.Description.Contains("unspecified", StringComparison.OrdinalIgnoreCase)) continue;
            var moved = (Hit: hits[h], Doc: docs[h]);
            for (var slot = h; slot > 0; slot--)
            {
                hits[slot] = hits[slot - 1] with { Score = hits[slot].Score };
                docs[slot] = docs[slot - 1];
            }
            hits[0] = moved.Hit with { Score = hits[0].Score };
            docs[0] = moved.Doc;
            return;
        }
    }
}
