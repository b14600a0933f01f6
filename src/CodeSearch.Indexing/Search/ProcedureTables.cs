using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An ICD-10-PCS table or row header cannot be reported: among the first <see cref="Looked"/> results of a word query,
/// the reportable PCS codes come before the PCS headers, each group in its order (docs/search.md, "PCS headers after
/// reportable codes"). `mastectomy` → 0HTT0ZZ *Resection of Right Breast, Open Approach* before the table 0HT, whose
/// short title matched the words best. Each position keeps its score, so the list stays in descending order. Code
/// matches ("0DT") never move, and nothing moves when a code match is among the results looked at.
/// </summary>
internal static class ProcedureTables
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 10;

    public static void Order(List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        var firstHeader = -1;
        for (var h = 0; h < end; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) return;
            if (firstHeader < 0 && IsHeader(hits[h].Code)) firstHeader = h;
        }
        if (firstHeader < 0) return;
        var window = Enumerable.Range(firstHeader, end - firstHeader).ToList();
        if (window.All(h => IsHeader(hits[h].Code))) return;
        var order = window.Where(h => !IsHeader(hits[h].Code)).Concat(window.Where(h => IsHeader(hits[h].Code))).ToList();
        HitMoves.Reorder(hits, docs, order, firstHeader);
    }

    private static bool IsHeader(MedicalCode code) => code.System == CodeSystemId.Icd10Pcs && !code.Billable;
}
