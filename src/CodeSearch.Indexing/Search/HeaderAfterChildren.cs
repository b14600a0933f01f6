using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An ICD-10-CM header listed beside its own reportable codes gives its place to the first of them and follows the
/// first <see cref="Kept"/> results (docs/search.md, "Headers after their codes"): a header cannot be
/// reported, and when one of its codes is listed too, the header's second place among the first results is better
/// given to another reading of the query. `shingles
/// rash` listed B02 *Zoster* before B02.33 and B02.34, `itchy skin` L29 *Pruritus* before L29.0 … Each position keeps
/// its score; a header whose codes are not listed near it keeps its place, and a header found by its code never moves.
/// </summary>
internal static class HeaderAfterChildren
{
    /// <summary>Results looked at: a header's codes are looked for among them, and only headers among them move.</summary>
    public const int Looked = 10;

    /// <summary>The headers moved follow this many results (the first page a type-ahead shows).</summary>
    public const int Kept = 5;

    /// <summary>
    /// Reorders the first results in place: a header with a listed reportable code gives its place to the first of
    /// those codes and follows the first <see cref="Kept"/> results.
    /// </summary>
    public static void Order(List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        if (end < 2) return;
        var order = new List<int>(end);
        var placed = new bool[end];
        var moved = new List<int>();
        for (var h = 0; h < end; h++)
        {
            if (FirstCodeListed(hits, h, end) is not { } code)
            {
                if (!placed[h]) order.Add(h);
                placed[h] = true;
                continue;
            }
            moved.Add(h);
            placed[h] = true;
            if (code <= h || placed[code]) continue;
            order.Add(code);
            placed[code] = true;
        }
        if (moved.Count == 0 || order.Count == 0) return;
        // The headers follow the first Kept results (or all, when fewer), so they stay near their codes.
        var kept = Math.Min(Kept, order.Count);
        HitMoves.Reorder(hits, docs, [.. order.Take(kept), .. moved, .. order.Skip(kept)]);
    }

    // The position of the first reportable code of the header at h listed among the first results, or null when h is
    // no header or none of its codes is listed.
    private static int? FirstCodeListed(List<SearchHit> hits, int h, int end)
    {
        var header = hits[h];
        if (header.MatchKind != MatchKind.Text || header.Code.System != CodeSystemId.Icd10Cm || header.Code.Billable) return null;
        for (var k = 0; k < end; k++)
        {
            var code = hits[k].Code;
            if (k != h && code.Billable && code.System == CodeSystemId.Icd10Cm && code.Code.Length > header.Code.Code.Length
                && code.Code.StartsWith(header.Code.Code, StringComparison.Ordinal)) return k;
        }
        return null;
    }
}
