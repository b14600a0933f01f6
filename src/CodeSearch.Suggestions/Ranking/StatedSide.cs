using System.Runtime.CompilerServices;
using CodeSearch.Core;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// A code "affecting unspecified side" becomes its sibling for the side a sentence it was found in states, when exactly
/// one of right and left is stated there: "right hemiparesis following cerebral infarction" gives I69.351, not I69.359.
/// Dominance follows ICD-10-CM Official Guidelines I.C.6.a when the note does not state it: the right side is the
/// dominant one, the left side the non-dominant one; "non-dominant"/"nondominant" or "dominant" in the sentence wins.
/// The sibling is found by its description (the same words with the side in place of "unspecified side") under the
/// same parent, so nothing is guessed from code characters. When the sibling is a candidate already, it keeps the
/// better of the two scores and the unspecified-side code is dropped.
/// </summary>
public static class StatedSide
{
    private const string Unspecified = "unspecified side";

    // The release's codes by parent, in dictionary order, built once per dictionary: finding a sibling used to scan
    // every code of the release (about a tenth of a note's time on CodiEsp-D dev). The positions of the codes that
    // have a parent, ordered by parent code then position, found by binary search: 4 bytes a code, where a lookup
    // (ToLookup) kept a grouping object and two arrays for each of ICD-10-CM's 23,000 parents, about 2.3 MB.
    private static readonly ConditionalWeakTable<Matching.TermDictionary, int[]> Children = new();

    private static int[] ByParent(Matching.TermDictionary d)
    {
        var order = Enumerable.Range(0, d.Codes.Length).Where(i => d.Codes[i].ParentCode is not null).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(d.Codes[a].ParentCode, d.Codes[b].ParentCode) is var c && c != 0 ? c : a.CompareTo(b));
        return order;
    }

    /// <summary>The codes of the dictionary's release whose parent is <paramref name="parent"/>, in dictionary order.</summary>
    internal static IEnumerable<MedicalCode> ChildrenOf(Matching.TermDictionary dictionary, string parent)
    {
        var order = Children.GetValue(dictionary, ByParent);
        var codes = dictionary.Codes;
        int lo = 0, hi = order.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(codes[order[mid]].ParentCode, parent) < 0) lo = mid + 1;
            else hi = mid;
        }
        for (var i = lo; i < order.Length && string.Equals(codes[order[i]].ParentCode, parent, StringComparison.Ordinal); i++)
        {
            yield return codes[order[i]];
        }
    }

    /// <summary>Replaces unspecified-side codes in place; <paramref name="sideOf"/> gives the side a sentence states.</summary>
    public static void Apply(List<ScoredCandidate> candidates, string text, IReadOnlyList<NoteSentence> sentences,
        Matching.TermDictionary dictionary, Func<int, Side> sideOf)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var at = c.Code.Description.IndexOf(Unspecified, StringComparison.OrdinalIgnoreCase);
            if (c.Derived is not null || at < 0 || c.Code.ParentCode is null) continue;
            var basis = c.Basis.Select(m => m.Sentence).Where(s => s < sentences.Count).Distinct().ToList();
            var sides = basis.Select(sideOf).Where(s => s is Side.Right or Side.Left).Distinct().ToList();
            if (sides.Count != 1) continue;
            var said = string.Concat(basis.Select(s => sentences[s].Span.Of(text).ToLowerInvariant()));
            var nonDominant = said.Contains("non-dominant", StringComparison.Ordinal) || said.Contains("nondominant", StringComparison.Ordinal)
                || (sides[0] == Side.Left && !said.Contains("dominant", StringComparison.Ordinal));
            var side = sides[0] == Side.Right ? "right" : "left";
            string[] wanted = nonDominant
                ? [$"{side} non-dominant side", $"{side} nondominant side", $"{side} side"]
                : [$"{side} dominant side", $"{side} side"];
            var prefix = c.Code.Description[..at];
            var suffix = c.Code.Description[(at + Unspecified.Length)..];
            var siblings = ChildrenOf(dictionary, c.Code.ParentCode);
            var sibling = wanted.Select(w => prefix + w + suffix)
                .Select(d => siblings.FirstOrDefault(s => string.Equals(s.Description, d, StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(s => s is not null);
            if (sibling is null) continue;
            var present = candidates.FindIndex(o => o.Code.Code == sibling.Code);
            if (present < 0)
            {
                candidates[i] = c with { Candidate = c.Candidate with { Code = sibling } };
                continue;
            }
            // The sibling is a candidate already: it takes the better score and the unspecified-side code goes.
            candidates[present] = candidates[present] with { Score = Math.Max(candidates[present].Score, c.Score) };
            candidates.RemoveAt(i--);
        }
    }
}
