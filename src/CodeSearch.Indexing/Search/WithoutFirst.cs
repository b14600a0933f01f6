using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Of two ICD-10-CM codes whose titles differ only in "with" and "without" ("Laceration with foreign body of right
/// hand" and "Laceration without foreign body of right hand"), the "without" code comes first when the query says
/// neither word (docs/search.md, "Without before with"): the "with" code adds a finding the query does not state, and
/// the Alphabetic Index default of such a pair is the "without" code. The query's words score both alike, and among
/// equals the shorter title came first. Within the first <see cref="Looked"/> results; each position keeps its score.
/// </summary>
internal static class WithoutFirst
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 5;

    /// <summary>Moves each "without" code up to the place of its "with" twin listed before it.</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w is "with" or "without" or "w" or "w/" or "w/o" or "wo")) return;
        var end = Math.Min(hits.Count, Looked);
        for (var h = 0; h < end; h++)
        {
            var with = hits[h].Code;
            if (with.System != CodeSystemId.Icd10Cm || !with.Description.Contains(" with ", StringComparison.Ordinal)) continue;
            var twin = with.Description.Replace(" with ", " without ", StringComparison.Ordinal);
            for (var k = h + 1; k < end; k++)
            {
                if (hits[k].Code.System != CodeSystemId.Icd10Cm || !string.Equals(hits[k].Code.Description, twin, StringComparison.Ordinal)) continue;
                HitMoves.MoveUp(hits, docs, k, h);
                break;
            }
        }
    }
}
