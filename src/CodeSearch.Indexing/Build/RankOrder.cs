using CodeSearch.Core;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// The static rank documents are written in, which is also the tie-break of every search: billable codes first,
/// then shorter descriptions, then system, then official order. Because document ids follow it, a relevance sort
/// (score, then document id) breaks ties exactly as docs/search.md says, and constant-score queries can stop at the
/// first matches.
/// </summary>
public static class RankOrder
{
    public static IOrderedEnumerable<MedicalCode> Sort(IEnumerable<MedicalCode> codes) => codes
        .OrderByDescending(c => c.Billable)
        .ThenBy(c => c.Description.Length)
        .ThenBy(c => c.System)
        .ThenBy(c => c.Order)
        .ThenBy(c => c.Code, StringComparer.Ordinal);
}
