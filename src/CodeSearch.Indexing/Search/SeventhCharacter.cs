using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An ICD-10-CM code that takes a 7th character (injuries, fractures, poisonings, pregnancy and a few others) is only
/// reportable with it. Among the first <see cref="Looked"/> results of a word query, a code that needs its 7th
/// character is replaced by its child with the character the query asks for, and a listed 7th-character code with
/// another character by its sibling with that one (docs/search.md, "The 7th character the query asks for"):
/// *subsequent* → D (routine healing), *sequela* → S, *open* (fracture) → B, else A (initial encounter; for a fracture,
/// closed, the default when it is not said to be open). A child coded by a digit (pregnancy: the fetus; glaucoma: the
/// stage) takes 0. `left ankle sprain` → S93.402A (the header S93.402 was listed), `left hip fracture subsequent
/// encounter` → S72.002D, `fracture of right wrist initial encounter` → S62.101A before S62.101B. A code whose places
/// before the 7th character are "X" placeholders is the 7th-character child of the shorter code (S80.12XA of S80.12).
/// A child listed further down is moved up, one not listed is added; each position keeps its score, nothing is dropped.
/// </summary>
internal static class SeventhCharacter
{
    /// <summary>Results looked at.</summary>
    public const int Looked = 5;

    public static void Complete(List<SearchHit> hits, List<int> docs, string query,
        Func<MedicalCode, IReadOnlyList<MedicalCode>> children, Func<MedicalCode, int>? documentOf)
    {
        var wanted = Wanted(query);
        for (var h = 0; h < Math.Min(hits.Count, Looked); h++)
        {
            var code = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || code.System != CodeSystemId.Icd10Cm) continue;
            var replacement = code.Billable ? Sibling(code, wanted, children) : Child(code, wanted, children);
            if (replacement is null || ReferenceEquals(replacement, code)) continue;
            var listed = hits.FindIndex(x => x.Code.System == replacement.System && x.Code.Code == replacement.Code);
            if (listed >= 0 && listed < h) continue;
            if (listed > h)
            {
                HitMoves.MoveUp(hits, docs, listed, h);
                continue;
            }
            hits.Insert(h, new SearchHit(replacement, hits[h].Score, MatchKind.Text));
            docs.Insert(h, documentOf?.Invoke(replacement) ?? -1);
        }
    }

    // The 7th characters wanted, most wanted first.
    internal static string Wanted(string query)
    {
        var words = query.ToLowerInvariant().Split([' ', ',', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        bool Has(string prefix) => words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));
        if (Has("sequela") || Has("late effect")) return "S";
        if (Has("subsequent") || Has("follow")) return "D";
        if (words.Contains("open")) return "BA";
        return "A";
    }

    // A header whose children are its 7th-character codes: the child wanted.
    private static MedicalCode? Child(MedicalCode header, string wanted, Func<MedicalCode, IReadOnlyList<MedicalCode>> children)
    {
        var kids = children(header);
        if (kids.Count == 0 || !kids.All(k => k.Billable && IsSeventh(k, header))) return null;
        return Pick(kids, wanted);
    }

    // A 7th-character code: its sibling with the character wanted (itself when it has it).
    private static MedicalCode? Sibling(MedicalCode code, string wanted, Func<MedicalCode, IReadOnlyList<MedicalCode>> children)
    {
        // The parent is the 6-character code, or a shorter one when the code fills the places between with "X"
        // placeholders (S52.92XA under S52.92).
        if (code.Code.Length != 7 || code.ParentCode is not { Length: >= 4 and <= 6 } parentCode
            || !Placeholders(code.Code, parentCode.Length)) return null;
        // Children are looked up by system, release and code: the parent's record is not needed.
        var kids = children(code with { Code = parentCode, Billable = false });
        if (kids.Count == 0 || !kids.Any(k => ReferenceEquals(k, code) || k.Code == code.Code)) return null;
        if (!kids.All(k => k.Code.Length == 7 && k.Code[..6] == code.Code[..6])) return null;
        var mine = code.Code[6];
        if (char.IsDigit(mine) || wanted.Contains(mine, StringComparison.Ordinal) && wanted[0] == mine) return code;
        return Pick(kids, wanted) ?? code;
    }

    private static bool IsSeventh(MedicalCode child, MedicalCode header) =>
        child.Code.Length == 7 && header.Code.Length is >= 4 and <= 6 && child.Code.StartsWith(header.Code, StringComparison.Ordinal)
        && Placeholders(child.Code, header.Code.Length);

    // Whether the places between the parent's code and the 7th character are "X" placeholders.
    private static bool Placeholders(string code, int parentLength)
    {
        for (var i = parentLength; i < 6; i++) if (code[i] != 'X') return false;
        return true;
    }

    private static MedicalCode? Pick(IReadOnlyList<MedicalCode> kids, string wanted)
    {
        foreach (var c in wanted)
        {
            if (kids.FirstOrDefault(k => k.Code[6] == c) is { } found) return found;
        }
        return kids.FirstOrDefault(k => k.Code[6] == '0');
    }
}
