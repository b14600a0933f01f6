using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

// The rule for the 2nd to 5th results of a query naming no side (docs/search.md, "The side the query names").
internal static partial class LateralSibling
{
    /// <summary>
    /// A side is never guessed further down either: when the query names no side, each of the 2nd to
    /// <see cref="Looked"/>th results whose title names one gives its place to the code of its family naming none (found
    /// as for the first result) and follows the first <see cref="Looked"/> results; a code already among them is not
    /// listed twice. `eustachian tube dysfunction` listed H69.03 *Patulous Eustachian tube, bilateral* 2nd and H69.93
    /// *Unspecified Eustachian tube disorder, bilateral* 4th; now H69.00 and H69.90, each *… unspecified ear*.
    /// </summary>
    public static void Unguessed(string query, List<SearchHit> hits, List<int> docs,
        Func<MedicalCode, MedicalCode?> parentOf, Func<MedicalCode, IReadOnlyList<MedicalCode>> children, Func<MedicalCode, int> documentOf)
    {
        var queryWords = Words(query);
        if (queryWords.Any(w => SideOf([w]) != Side.None)) return;
        var keys = queryWords.Where(w => !StopWords.Contains(w)).Select(TitleWords.Key).Distinct().ToList();
        var scores = hits.Select(h => h.Score).ToList();
        var moved = new List<(SearchHit Hit, int Doc)>();
        for (var h = 1; h < Math.Min(hits.Count, Looked); h++)
        {
            var source = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || source.System != CodeSystemId.Icd10Cm || !source.Billable
                || !NamesAny(source.Description)
                || Sibling(source, Side.None, keys, parentOf, children) is not { } found) continue;
            var listed = hits.FindIndex(x => x.Code.Code == found.Code.Code && x.Code.System == found.Code.System);
            if (listed >= 0 && listed < Looked) continue;
            moved.Add(HitMoves.StandIn(hits, docs, h, listed, found.Code, documentOf));
        }
        HitMoves.Follow(hits, docs, moved, Looked, scores);
    }
}
