using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The side the query names picks the code of that side (docs/search.md, "The side the query names"). When a word
/// query says <c>left</c>, <c>right</c>, or <c>bilateral</c> / <c>both</c> (the vocabulary reads <c>lt</c>, <c>rt</c>,
/// <c>l</c>, <c>r</c>, <c>b/l</c> as these) and the first ICD-10-CM result's title names another side or none, the code
/// of the same family whose title names the query's side comes first: a code under the first result's parent or
/// grandparent, as long as the first's code (same 7th character), that holds every query word the first title holds;
/// of those (from the first result and the results tied with it) the one holding most query words, then the one adding
/// fewest words the query does not say. `mortons neuroma right foot` → G57.61 *Lesion of plantar nerve,
/// right lower limb* before G57.60 *… unspecified lower limb*; `lipoma on the right arm` → D17.21 *… of right arm*
/// before D17.20 *… of unspecified limb*. A query naming two sides is left alone. A query naming no side never gets
/// one: when the first result's title names a side, the code of its family naming none comes first the same way
/// (`cellulitis of leg` → L03.119 *Cellulitis of unspecified part of limb*, not L03.116 *… left lower limb*).
/// </summary>
internal static partial class LateralSibling
{
    /// <summary>Results looked at: the first and those tied with it.</summary>
    public const int Looked = 5;

    private enum Side { None, Right, Left, Bilateral }

    /// <summary>Puts the code of the query's side first, moving it up when listed and adding it when not.</summary>
    public static void Promote(string query, List<SearchHit> hits, List<int> docs,
        Func<MedicalCode, MedicalCode?> parentOf, Func<MedicalCode, IReadOnlyList<MedicalCode>> children, Func<MedicalCode, int> documentOf)
    {
        if (hits.Count == 0 || hits[0].MatchKind != MatchKind.Text) return;
        var first = hits[0].Code;
        if (first.System != CodeSystemId.Icd10Cm || !first.Billable) return;
        var queryWords = Words(query);
        var side = SideOf(queryWords);
        // No side named: a first result naming one gives way to its family's code naming none (a side is not guessed).
        if (side == Side.None ? !NamesAny(first.Description) : Names(first.Description, side)) return;
        var keys = queryWords.Where(w => !StopWords.Contains(w) && SideOf([w]) == Side.None).Select(TitleWords.Key).Distinct().ToList();
        MedicalCode? best = null;
        (int Held, int Extra) bestFit = (-1, 0);
        // The first result and those tied with it (their order among equals is only the shorter title first).
        for (var h = 0; h < Math.Min(hits.Count, Looked) && hits[h].Score >= hits[0].Score; h++)
        {
            var source = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || source.System != CodeSystemId.Icd10Cm || !source.Billable
                || (side == Side.None ? !NamesAny(source.Description) : Names(source.Description, side))) continue;
            if (Sibling(source, side, keys, parentOf, children) is not { } found) continue;
            if (found.Fit.Held < bestFit.Held || found.Fit.Held == bestFit.Held && found.Fit.Extra >= bestFit.Extra) continue;
            best = found.Code;
            bestFit = found.Fit;
        }
        if (best is null) return;
        var listed = hits.FindIndex(h => h.Code.Code == best.Code && h.Code.System == best.System);
        if (listed > 0)
        {
            HitMoves.MoveUp(hits, docs, listed, 0);
            return;
        }
        hits.Insert(0, new SearchHit(best, hits[0].Score, MatchKind.Text));
        docs.Insert(0, documentOf(best));
    }

    // The code of the source's family (under its parent or grandparent, as long as its code, same 7th character) that
    // names the side (none, for Side.None) and holds every query word the source holds; of several, the one holding
    // most query words, then the one adding fewest words the query does not say.
    private static (MedicalCode Code, (int Held, int Extra) Fit)? Sibling(MedicalCode source, Side side, List<string> keys,
        Func<MedicalCode, MedicalCode?> parentOf, Func<MedicalCode, IReadOnlyList<MedicalCode>> children)
    {
        MedicalCode? best = null;
        (int Held, int Extra) bestFit = (-1, 0);
        var held = Held(source.Description, keys);
        var ancestor = source;
        for (var level = 0; level < 2; level++)
        {
            ancestor = parentOf(ancestor);
            if (ancestor is null || ancestor.Code.Length < 4) break;
            var found = false;
            foreach (var code in Descendants(ancestor, source.Code.Length, children))
            {
                if (!code.Billable || code.Code == source.Code || code.Code[^1] != source.Code[^1] && source.Code.Length == 7
                    || (side == Side.None ? NamesAny(code.Description) : !Names(code.Description, side))) continue;
                var holds = Held(code.Description, keys);
                if (!held.IsSubsetOf(holds)) continue;
                found = true;
                var fit = (holds.Count, Extra(code.Description, keys));
                if (fit.Count < bestFit.Held || fit.Count == bestFit.Held && fit.Item2 >= bestFit.Extra) continue;
                best = code;
                bestFit = fit;
            }
            if (found) break;
        }
        return best is null ? null : (best, bestFit);
    }

    // Codes under the ancestor as long as the first result's code (a code's children are one level deeper).
    private static IEnumerable<MedicalCode> Descendants(MedicalCode ancestor, int length, Func<MedicalCode, IReadOnlyList<MedicalCode>> children)
    {
        foreach (var child in children(ancestor))
        {
            if (child.Code.Length == length) yield return child;
            else if (child.Code.Length < length)
                foreach (var grandchild in children(child)) if (grandchild.Code.Length == length) yield return grandchild;
        }
    }

    private static Side SideOf(IEnumerable<string> words)
    {
        var side = Side.None;
        foreach (var word in words)
        {
            var named = word switch
            {
                "right" => Side.Right,
                "left" => Side.Left,
                "bilateral" or "both" => Side.Bilateral,
                _ => Side.None,
            };
            if (named == Side.None) continue;
            if (side != Side.None && side != named) return Side.None;
            side = named;
        }
        return side;
    }

    private static bool NamesAny(string title) => Words(title).Any(w => SideOf([w]) != Side.None && w != "both");

    private static bool Names(string title, Side side) => Words(title).Any(w => SideOf([w]) == side && w != "both");

    // The query words (first four letters) a title's words start with.
    private static HashSet<string> Held(string title, List<string> keys)
    {
        var words = Words(title);
        return keys.Where(k => words.Exists(w => w.StartsWith(k, StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
    }

    // Title words no query word starts, side words and "unspecified" aside: what the code adds that was not asked for
    // ("ototoxic" in *Ototoxic hearing loss, bilateral* for `hearing loss both ears`).
    private static int Extra(string title, List<string> keys) =>
        Words(title).Count(w => !StopWords.Contains(w) && w != "unspecified" && SideOf([w]) == Side.None
            && !keys.Exists(k => w.StartsWith(k, StringComparison.Ordinal)));

    private static List<string> Words(string text) => [.. TitleWords.Of(text)];
}
