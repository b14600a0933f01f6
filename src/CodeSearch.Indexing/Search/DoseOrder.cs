using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A dose typed in an HCPCS search ("normal saline 250 ml", "sublocade 300 mg") is read as nothing
/// (<see cref="SystemWordRewriter"/>) and orders the results instead (docs/search.md, "A dose in an HCPCS search"): among
/// the first <see cref="Looked"/> results scoring at least <see cref="LeadingShare"/> of the first, the codes whose description states the dose or bounds that hold it come
/// first ("Infusion, normal saline solution, 250 cc"; "… greater than 100 mg" for 300 mg), those whose bounds exclude
/// it last ("… less than or equal to 100 mg"), each group in its order. A billing unit ("adalimumab, 1 mg") neither
/// states nor excludes a dose. Each position keeps its score; nothing moves when a code match or a code of another
/// system is among the results looked at.
/// </summary>
internal static class DoseOrder
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 10;

    /// <summary>Share of the first result's score a result needs to be ordered by the dose.</summary>
    public const float LeadingShare = 0.75f;

    /// <summary>Orders <paramref name="hits"/> by the dose of <paramref name="query"/> (the query as typed).</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        if (DrugDose.Of(query) is not { } dose) return;
        var end = Math.Min(hits.Count, Looked);
        if (end < 2) return;
        for (var h = 0; h < end; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text || hits[h].Code.System != CodeSystemId.Hcpcs) return;
        }
        // Only the leading results are ordered: a weak match of another drug whose bounds hold the dose ("chloramphenicol
        // sodium succinate, up to 1 gm" for "solu-medrol 40 mg") stays behind the drug named.
        var lead = hits[0].Score * LeadingShare;
        while (end > 1 && hits[end - 1].Score < lead) end--;
        if (end < 2) return;
        var group = new int[end];
        for (var h = 0; h < end; h++) group[h] = DrugDose.Fit(hits[h].Code.Description, dose);
        if (group.Zip(group.Skip(1)).All(p => p.First <= p.Second)) return;
        HitMoves.Reorder(hits, docs, Enumerable.Range(0, end).OrderBy(h => group[h]).ToList());
    }
}
