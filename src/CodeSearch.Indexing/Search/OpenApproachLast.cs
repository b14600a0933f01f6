using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The open approach only when the query says it (docs/search.md, "The open approach only when said"): among the
/// first <see cref="Looked"/> results of a word query, an ICD-10-PCS code whose approach is *Open Approach* follows the
/// codes listed with it that differ only in the approach (the 5th character), unless the query says `open`. Of
/// approach twins the open one has the shortest title and led on a tie, while most procedures named without an approach
/// are done percutaneously, endoscopically or through a natural opening: `pci with drug eluting stent lad` listed
/// 027004Z *… Open Approach* first and 027034Z *… Percutaneous Approach* seventh; now 027034Z is first. The twins keep
/// their order among themselves, each position keeps its score, nothing is added or dropped; a page with a code match
/// among the results looked at is left alone.
/// </summary>
internal static class OpenApproachLast
{
    /// <summary>Results looked at (the default page).</summary>
    public const int Looked = 20;

    private const string Open = ", Open Approach";

    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        if (SaysOpen(query)) return;
        for (var h = 0; h < end; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) return;
        }
        if (end == 0 || !IsOpen(hits[0].Code)) return;
        for (var t = 1; t < end; t++)
        {
            if (!Twins(hits[0].Code, hits[t].Code)) continue;
            // The first twin listed takes the first place; the open code and those after it move down one.
            HitMoves.MoveUp(hits, docs, t, 0);
            return;
        }
    }

    /// <summary>Whether the query (as read) names the open approach.</summary>
    internal static bool SaysOpen(string query) =>
        query.ToLowerInvariant().Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w is "open" or "opened" or "opening");

    private static bool IsOpen(MedicalCode code) =>
        code.System == CodeSystemId.Icd10Pcs && code.Billable && code.Code.Length == 7
        && code.Description.Contains(Open, StringComparison.Ordinal);

    // Two PCS codes that differ in the approach alone (the 5th character).
    private static bool Twins(MedicalCode open, MedicalCode other) =>
        other.System == CodeSystemId.Icd10Pcs && other.Code.Length == 7 && other.Code[4] != open.Code[4]
        && other.Code.AsSpan(0, 4).SequenceEqual(open.Code.AsSpan(0, 4))
        && other.Code.AsSpan(5).SequenceEqual(open.Code.AsSpan(5));
}
