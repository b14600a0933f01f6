using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

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
    /// Moves the first header's unspecified reportable code, if listed early, to the front; or, when the first result
    /// is reportable and not the Alphabetic Index default (<paramref name="firstIsIndexDefault"/>), a more unspecified
    /// code of its category that the query words fit as well.
    /// </summary>
    public static void Promote(List<SearchHit> hits, List<int> docs, string query, bool firstIsIndexDefault = false,
        Func<MedicalCode, IReadOnlyList<MedicalCode>>? children = null, Func<MedicalCode, int>? documentOf = null,
        Func<MedicalCode, MedicalCode?>? parentOf = null)
    {
        if (children is not null) SeventhCharacter.Complete(hits, docs, query, children, documentOf);
        if (hits.Count == 0 || hits[0].MatchKind != MatchKind.Text) return;
        if (hits[0].Code.Billable)
        {
            if (!firstIsIndexDefault && !PromoteSibling(hits, docs, query)) CategoryUnspecified(hits, docs, query, children, parentOf, documentOf);
            return;
        }
        var header = hits[0].Code;
        var end = Math.Min(hits.Count, Looked);
        var found = -1;
        for (var h = 1; h < end; h++)
        {
            var code = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || !code.Billable || code.System != header.System
                || !code.Code.StartsWith(header.Code, StringComparison.Ordinal)
                || Unspecified(code.Description) == 0) continue;
            // The most unspecified wins: H66.90 "… unspecified, unspecified ear" before H66.93 "… unspecified, bilateral".
            if (found < 0 || Unspecified(code.Description) > Unspecified(hits[found].Code.Description)) found = h;
        }
        // The header's own most unspecified reportable child, when it is more unspecified than any listed early:
        // `otitis media` lists H66.93 early but not H66.90; `colon ca` lists C18.7 but not C18.9.
        var best = children is null ? null : MostUnspecified(Reportable(header, children, 1), found < 0 ? 0 : Unspecified(hits[found].Code.Description));
        // A header whose children are headers again: down the chain of its most unspecified child to a reportable code
        // (`clavicle fracture` → S42.00 → S42.009 *… unspecified clavicle* → S42.009A; `osteopenia` → M85.8 → M85.80);
        // where two children tie, the most unspecified of its grandchildren (C50.9 → C50.919).
        if (best is null && found < 0 && children is not null)
            best = UnspecifiedLeaf(header, children, query) ?? MostUnspecified(Reportable(header, children, ReportableDepth), 0);
        if (best is not null)
        {
            var listed = hits.FindIndex(h => h.Code.Code == best.Code && h.Code.System == best.System);
            if (listed >= 0)
            {
                HitMoves.MoveUp(hits, docs, listed, 0);
                return;
            }
            hits.Insert(0, new SearchHit(best, hits[0].Score, MatchKind.Text));
            // Its document, so provenance is named for it as for every listed hit (-1 when it cannot be found).
            docs.Insert(0, documentOf?.Invoke(best) ?? -1);
            return;
        }
        if (found > 0) HitMoves.MoveUp(hits, docs, found, 0);
    }

    // How many levels below the header its reportable codes are looked for when none is listed early and the header
    // has no reportable child: C50.9 (the Table of Neoplasms' breast) has only headers below it, C50.91 female and
    // C50.92 male, whose children C50.919 and C50.929 are reportable. A header with a reportable child keeps to its
    // children: I25.1's I25.10 is the condition named without detail, not I25.119 *… with unspecified angina*.
    private const int ReportableDepth = 2;

    // The first of the most unspecified codes, when more unspecified than the given count.
    private static MedicalCode? MostUnspecified(IEnumerable<MedicalCode> codes, int than) =>
        codes.Where(c => Unspecified(c.Description) > than).OrderByDescending(c => Unspecified(c.Description)).FirstOrDefault();

    // The header's reportable codes down to the given depth, children before grandchildren, in code order.
    private static IEnumerable<MedicalCode> Reportable(MedicalCode header, Func<MedicalCode, IReadOnlyList<MedicalCode>> children, int depth)
    {
        var level = children(header);
        foreach (var child in level.Where(c => c.Billable)) yield return child;
        if (level.Any(c => c.Billable)) yield break;
        // A header's only child is a placeholder level (T56.0 → T56.0X → T56.0X1 → T56.0X1A): passed through.
        if (level.Count == 1)
        {
            foreach (var code in Reportable(level[0], children, depth)) yield return code;
            yield break;
        }
        if (depth <= 1) yield break;
        foreach (var child in level)
        {
            foreach (var grandchild in Reportable(child, children, depth - 1)) yield return grandchild;
        }
    }

    /// <summary>How many header levels <see cref="UnspecifiedLeaf"/> walks down at most.</summary>
    public const int Depth = 4;

    /// <summary>
    /// The reportable code reached from a header by taking, at each level, the one child more unspecified than every
    /// sibling (no tie), and at a header of 7th-character codes the character the query asks for; null when a level
    /// has no such child. `rib fracture` → S22.3 → S22.39 *Fracture of one rib, unspecified side* → S22.39XA.
    /// </summary>
    internal static MedicalCode? UnspecifiedLeaf(MedicalCode header, Func<MedicalCode, IReadOnlyList<MedicalCode>> children, string query)
    {
        var current = header;
        for (var level = 0; level < Depth; level++)
        {
            var kids = children(current);
            if (kids.Count == 0) return null;
            if (kids.All(k => k.Billable && SeventhCharacter.IsSeventh(k, current)))
                return SeventhCharacter.Pick(kids, SeventhCharacter.Wanted(query));
            if (kids.Count == 1 && !kids[0].Billable)
            {
                // A placeholder level (T56.0 → T56.0X): passed through without counting as a level.
                current = kids[0];
                level--;
                continue;
            }
            var ranked = kids.OrderByDescending(k => Unspecified(k.Description)).ToList();
            var most = Unspecified(ranked[0].Description);
            if (most == 0 || ranked.Count > 1 && Unspecified(ranked[1].Description) == most) return null;
            if (ranked[0].Billable) return ranked[0];
            current = ranked[0];
        }
        return null;
    }

    /// <summary>
    /// A reportable first result (not the Alphabetic Index default) with a more unspecified reportable code of its category among the first
    /// <see cref="Looked"/> gives way to it when the query names none of the words only the first result's title has:
    /// `otitis media` → H66.90 *… unspecified ear* before H66.93 *… bilateral*; `bcc` → C44.91 *Basal cell carcinoma
    /// of skin, unspecified* before C44.01 *… of skin of lip*; `pneumothorax` → J93.9 before J93.83 *Other
    /// pneumothorax*. `otitis media right` keeps H66.91; `copd exacerbation` keeps J44.1 (*exacerbation* is its own).
    /// </summary>
    private static bool PromoteSibling(List<SearchHit> hits, List<int> docs, string query)
    {
        var first = hits[0].Code;
        if (first.Code.Length < 4) return false;
        var category = first.Code[..3];
        var firstUnspecified = Unspecified(first.Description);
        var end = Math.Min(hits.Count, Looked);
        for (var h = 1; h < end; h++)
        {
            var code = hits[h].Code;
            if (hits[h].MatchKind != MatchKind.Text || !code.Billable || code.System != first.System
                || !code.Code.StartsWith(category, StringComparison.Ordinal)
                || Unspecified(code.Description) <= firstUnspecified
                || !HoldsEveryWord(code.Description, query)
                || NamesOwnWord(query, first.Description, code.Description)) continue;
            HitMoves.MoveUp(hits, docs, h, 0);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The same, when no such code is among the first <see cref="Looked"/> (ICD-10-CM): the most unspecified reportable
    /// code of the first result's category, down to <see cref="ReportableDepth"/> levels, that the query words fit as
    /// well and that lacks none of the first title's words the query names, comes first, moved up when listed and added
    /// when not. `gastritis without bleeding` listed the equal titles K29.00 *Acute gastritis without bleeding*, K29.60
    /// *Other gastritis …*, K29.20 *Alcoholic gastritis …* (shorter titles first) and not K29.70 *Gastritis,
    /// unspecified, without bleeding*, the Alphabetic Index's *Gastritis* with the query's detail; now K29.70 first.
    /// `acute gastritis without bleeding` keeps K29.00 (*acute* is a word of its own title only).
    /// </summary>
    private static void CategoryUnspecified(List<SearchHit> hits, List<int> docs, string query,
        Func<MedicalCode, IReadOnlyList<MedicalCode>>? children, Func<MedicalCode, MedicalCode?>? parentOf, Func<MedicalCode, int>? documentOf)
    {
        var first = hits[0].Code;
        if (children is null || parentOf is null || first.System != CodeSystemId.Icd10Cm || first.Code.Length < 4) return;
        var category = first;
        for (var up = 0; up < Depth && category.Code.Length > 3 && parentOf(category) is { } parent; up++) category = parent;
        if (category.Code.Length != 3) return;
        var firstUnspecified = Unspecified(first.Description);
        // It must add fewer words the query does not say than the first title: K80.60 *… gallbladder and bile duct with
        // cholecystitis, unspecified, …* adds a duct and a cholecystitis to `gallstones without obstruction`, not less.
        var firstUnsaid = WordsNotSaid(first.Description, query);
        var best = Reportable(category, children, ReportableDepth)
            .Where(c => Unspecified(c.Description) > firstUnspecified && WordsNotSaid(c.Description, query) < firstUnsaid
                        && HoldsEveryWord(c.Description, query)
                        && !NamesOwnWord(query, first.Description, c.Description))
            .OrderByDescending(c => Unspecified(c.Description))
            .ThenBy(c => WordsNotSaid(c.Description, query))
            .FirstOrDefault();
        if (best is null) return;
        var listed = hits.FindIndex(h => h.Code.Code == best.Code && h.Code.System == best.System);
        if (listed >= 0)
        {
            HitMoves.MoveUp(hits, docs, listed, 0);
            return;
        }
        hits.Insert(0, new SearchHit(best, hits[0].Score, MatchKind.Text));
        docs.Insert(0, documentOf?.Invoke(best) ?? -1);
    }

    // How unspecified a title is: its "unspecified" words, "uncomplicated" or "without complications" (the default
    // of a substance use or asthma code: F17.290 *Nicotine dependence, other tobacco product, uncomplicated*; of Crohn's
    // disease: K50.90 *Crohn's disease, unspecified, without complications*) and "accidental (unintentional)" (the
    // intent of a poisoning not said to be otherwise). An "unspecified" that names a
    // complication the code adds, "with unspecified …-induced disorder" (F17.299), does not count: that code is not
    // the condition named without detail.
    internal static int Unspecified(string description)
    {
        var count = 0;
        for (var at = description.IndexOf("unspecified", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = description.IndexOf("unspecified", at + 1, StringComparison.OrdinalIgnoreCase))
            if (!NamesComplication(description, at)) count++;
        if (description.Contains("uncomplicated", StringComparison.OrdinalIgnoreCase)
            || description.Contains("without complications", StringComparison.OrdinalIgnoreCase)) count++;
        // A poisoning of unstated intent is coded accidental (guidelines I.C.19.e.5.b): T56.0's T56.0X1A.
        if (description.Contains("accidental (unintentional)", StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }

    private static bool NamesComplication(string description, int at) =>
        at >= 5 && description.AsSpan(at - 5, 5).Equals("with ", StringComparison.OrdinalIgnoreCase)
        && description.IndexOf("-induced", at, StringComparison.OrdinalIgnoreCase) >= 0;

    // Whether every query word that is not a stop word (its first four letters) starts a word of the title: the query
    // fits the unspecified code as well as the first ("head louse infestation" does not fit *Pediculosis, unspecified*).
    private static bool HoldsEveryWord(string title, string query)
    {
        var words = TitleWords.Of(title).ToList();
        foreach (var word in TitleWords.Of(query))
        {
            if (StopWords.Contains(word)) continue;
            var key = TitleWords.Key(word);
            if (!words.Exists(w => w.StartsWith(key, StringComparison.Ordinal))) return false;
        }
        return true;
    }

    // How many words of a title (its first four letters) no query word starts, "unspecified" and stop words aside:
    // K29.70 *Gastritis, unspecified, without bleeding* adds none to `gastritis without bleeding`, K29.50 adds *chronic*.
    private static int WordsNotSaid(string title, string query)
    {
        var said = TitleWords.Of(query).Select(TitleWords.Key).ToList();
        return TitleWords.Of(title).Count(w => !StopWords.Contains(w) && w != "unspecified"
                                               && !said.Exists(k => w.StartsWith(k, StringComparison.Ordinal)));
    }

    // Whether a query word (its first four letters) starts a word of the first title the other title lacks.
    private static bool NamesOwnWord(string query, string firstTitle, string otherTitle)
    {
        var other = TitleWords.Of(otherTitle).ToHashSet(StringComparer.Ordinal);
        var own = TitleWords.Of(firstTitle).Where(w => !other.Contains(w)).ToList();
        foreach (var word in TitleWords.Of(query))
        {
            var key = TitleWords.Key(word);
            if (own.Any(w => w.StartsWith(key, StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
