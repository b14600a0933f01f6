using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// One encounter of an injury in the first results (docs/search.md, "One encounter of a code in the first five"): an
/// ICD-10-CM code whose 7th character the query does not ask for (<see cref="SeventhCharacter.Wanted"/>: A unless the
/// query says subsequent, sequela or open) leaves the first <see cref="Looked"/> results when its sibling with a wanted
/// character (the same first six characters) is listed above it, so the place goes to another code. `rt wrist fx`
/// listed S62.161A, S62.161S, S62.164A, S62.164S, S62.101S: the two sequela codes after their initial siblings move down to just after the first five and
/// S62.101A rises. A header whose reportable code is kept above it leaves too, as it does beside its codes
/// (<see cref="HeaderAfterChildren"/>), so the places freed do not go to the headers of the codes kept. The codes
/// that rise into the freed places then go through <see cref="SeventhCharacter"/> as the first five did, and this
/// rule once more (the search does both). Positions keep their scores; nothing is dropped.
/// </summary>
internal static class OneEncounter
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 5;

    /// <summary>Reorders the first results in place; true when a code left the first five.</summary>
    public static bool Order(string query, List<SearchHit> hits, List<int> docs)
    {
        if (hits.Count <= Looked) return false;
        var wanted = SeventhCharacter.Wanted(query);
        // The first five kept, in order; a code left out goes just after them, in its order among the others left out.
        var kept = new List<int>(Looked);
        var left = new List<int>();
        for (var h = 0; h < hits.Count && kept.Count < Looked; h++)
        {
            var code = hits[h].Code;
            var leaves = Unwanted(code, wanted) ? kept.Any(k => WantedSibling(hits[k].Code, code, wanted))
                : HeaderOf(hits[h]) && kept.Any(k => Under(hits[k].Code, code));
            if (leaves) left.Add(h);
            else kept.Add(h);
        }
        if (left.Count == 0) return false;
        HitMoves.Reorder(hits, docs, [.. kept, .. left]);
        return true;
    }

    // A code with a 7th character (a letter: a digit ends codes such as E10.3519 that have none) other than one wanted.
    private static bool Unwanted(MedicalCode code, string wanted) =>
        code.System == CodeSystemId.Icd10Cm && code.Code.Length == 7 && char.IsAsciiLetter(code.Code[6])
        && !wanted.Contains(code.Code[6], StringComparison.Ordinal);

    // An ICD-10-CM header found by words: once a code under it is kept it follows the first five, as headers after
    // their codes do (HeaderAfterChildren), so the places freed above do not go to it.
    private static bool HeaderOf(SearchHit hit) =>
        hit.MatchKind == MatchKind.Text && hit.Code.System == CodeSystemId.Icd10Cm && !hit.Code.Billable;

    private static bool Under(MedicalCode code, MedicalCode header) =>
        code.System == CodeSystemId.Icd10Cm && code.Billable && code.Code.Length > header.Code.Length
        && code.Code.StartsWith(header.Code, StringComparison.Ordinal);

    // A code with the same first six characters and a wanted 7th character.
    private static bool WantedSibling(MedicalCode above, MedicalCode code, string wanted) =>
        above.System == CodeSystemId.Icd10Cm && above.Code.Length == 7
        && above.Code.AsSpan(0, 6).SequenceEqual(code.Code.AsSpan(0, 6))
        && wanted.Contains(above.Code[6], StringComparison.Ordinal);
}
