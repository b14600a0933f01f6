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
        var window = Enumerable.Range(firstHeader, end - firstHeader).Select(h => (Hit: hits[h], Doc: docs[h])).ToList();
        if (window.All(w => IsHeader(w.Hit.Code))) return;
        var ordered = window.Where(w => !IsHeader(w.Hit.Code)).Concat(window.Where(w => IsHeader(w.Hit.Code))).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var slot = firstHeader + k;
            hits[slot] = ordered[k].Hit with { Score = hits[slot].Score };
            docs[slot] = ordered[k].Doc;
        }
    }

    private static bool IsHeader(MedicalCode code) => code.System == CodeSystemId.Icd10Pcs && !code.Billable;
}
