using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An ICD-10-CM header still among the first <see cref="Kept"/> results of a word query, with none of its reportable
/// codes among the first <see cref="HeaderAfterChildren.Looked"/>, gives its place to one of them and follows the first
/// <see cref="Kept"/> (docs/search.md, "A header still among the first five"): its most unspecified code
/// (<see cref="UnspecifiedChild.UnspecifiedLeaf"/>), or, where two children are equally unspecified, the first of its
/// reportable codes listed further down. A header cannot be reported and took a place another code could have:
/// `preterm labor` listed O60.0 *Preterm labor without delivery* second; now O60.00 *… unspecified trimester*.
/// Each position keeps its score; a header found by its code never moves.
/// </summary>
internal static class HeaderStandIn
{
    /// <summary>Headers among these first results give their place; they then follow these results.</summary>
    public const int Kept = HeaderAfterChildren.Kept;

    /// <summary>
    /// Replaces each header among the first <see cref="Kept"/> results whose codes are not listed near it by its stand-in
    /// code and puts the headers after the first <see cref="Kept"/> results.
    /// </summary>
    public static void Order(List<SearchHit> hits, List<int> docs, string query,
        Func<MedicalCode, IReadOnlyList<MedicalCode>> children, Func<MedicalCode, int>? documentOf)
    {
        var scores = hits.Select(h => h.Score).ToList();
        var moved = new List<(SearchHit Hit, int Doc)>();
        for (var h = 0; h < Math.Min(hits.Count, Kept); h++)
        {
            var header = hits[h];
            if (header.MatchKind != MatchKind.Text || header.Code.System != CodeSystemId.Icd10Cm || header.Code.Billable
                || CodeListed(hits, header.Code, 0, Math.Min(hits.Count, HeaderAfterChildren.Looked)) >= 0) continue;
            var standIn = UnspecifiedChild.UnspecifiedLeaf(header.Code, children, query);
            var listed = standIn is null
                ? CodeListed(hits, header.Code, Kept, hits.Count)
                : hits.FindIndex(x => x.Code.System == standIn.System && x.Code.Code == standIn.Code);
            if (listed >= 0 && listed < Kept || standIn is null && listed < 0) continue;
            moved.Add(HitMoves.StandIn(hits, docs, h, listed, standIn, documentOf));
        }
        HitMoves.Follow(hits, docs, moved, Kept, scores);
    }

    // The position of the first reportable ICD-10-CM code under the header listed in [from, to), or -1.
    private static int CodeListed(List<SearchHit> hits, MedicalCode header, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var code = hits[k].Code;
            if (code.Billable && code.System == CodeSystemId.Icd10Cm && code.Code.Length > header.Code.Length
                && code.Code.StartsWith(header.Code, StringComparison.Ordinal)) return k;
        }
        return -1;
    }
}
