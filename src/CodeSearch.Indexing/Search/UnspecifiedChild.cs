using CodeSearch.Core;
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

    /// <summary>
    /// When a word query lists a header first and none of its codes among the first <see cref="Looked"/> results,
    /// brings the header's unspecified reportable code to the front, so that <see cref="Promote"/> finds it there
    /// (docs/search.md, "The unspecified code before its header"): `median neuropathy` lists G56.1 *Other lesions of
    /// median nerve* first and none of its codes, and now G56.10 *…, unspecified upper limb* before it. The code is
    /// the header's first reportable child whose title says "unspecified" more often than the header's own title,
    /// else its first reportable child whose title says "unspecified" or "without" (the code reported when nothing
    /// more is said: B19.20 *Unspecified viral hepatitis C without hepatic coma* under B19.2). A code listed further
    /// down moves up; one not listed is added and, when the list was already full (<paramref name="needed"/>), the
    /// last listed code drops off. The code takes the header's score, every other code keeps its own.
    /// </summary>
    public static void Fetch(List<SearchHit> hits, List<int> docs, int needed,
        Func<MedicalCode, IReadOnlyList<MedicalCode>> children, Func<MedicalCode, int> documentOf, Func<MedicalCode, bool> inScope)
    {
        if (hits.Count == 0 || hits[0].MatchKind != MatchKind.Text || hits[0].Code.Billable) return;
        var header = hits[0].Code;
        var end = Math.Min(hits.Count, Looked);
        for (var h = 1; h < end; h++)
        {
            if (hits[h].Code.System == header.System && hits[h].Code.Code.StartsWith(header.Code, StringComparison.Ordinal)) return;
        }
        if (DefaultOf(header, children(header)) is not { } code || !inScope(code)) return;
        var listed = hits.FindIndex(hit => hit.Code.Code == code.Code && hit.Code.System == code.System && hit.Code.ReleaseId == code.ReleaseId);
        int doc;
        if (listed >= 0)
        {
            doc = docs[listed];
            hits.RemoveAt(listed);
            docs.RemoveAt(listed);
        }
        else
        {
            doc = documentOf(code);
            if (doc < 0) return;
            if (hits.Count >= needed)
            {
                hits.RemoveAt(hits.Count - 1);
                docs.RemoveAt(docs.Count - 1);
            }
        }
        hits.Insert(0, new SearchHit(code, hits[0].Score, MatchKind.Text));
        docs.Insert(0, doc);
    }

    /// <summary>The header's unspecified reportable code (see <see cref="Fetch"/>), or null.</summary>
    internal static MedicalCode? DefaultOf(MedicalCode header, IReadOnlyList<MedicalCode> children)
    {
        var own = Unspecified(header.Description);
        MedicalCode? plain = null;
        foreach (var child in children)
        {
            if (!child.Billable) continue;
            var count = Unspecified(child.Description);
            if (count > own) return child;
            if (plain is null && (count > 0 || child.Description.Contains("without", StringComparison.OrdinalIgnoreCase))) plain = child;
        }
        return plain;
    }

    private static int Unspecified(string description)
    {
        var count = 0;
        for (var at = description.IndexOf("unspecified", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = description.IndexOf("unspecified", at + 1, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }

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
