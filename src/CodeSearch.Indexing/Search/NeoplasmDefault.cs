using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;
using CodeSearch.Indexing.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The Table of Neoplasms cell a query names when it names a site and a malignant behaviour (docs/search.md, "The
/// Table of Neoplasms default"). The Alphabetic Index sends <c>Cancer</c>, <c>Carcinoma</c> and <c>Malignancy</c> to
/// "Neoplasm, malignant, by site", and <c>Metastasis</c> to "Neoplasm, secondary, by site": so "liver cancer" names
/// Neoplasm › liver in the Malignant Primary column (C22.9), "bowel cancer" Neoplasm › bowel, whose "see" leads to
/// intestine (C26.0), "lung metastasis" Neoplasm › lung in the Malignant Secondary column (C78.0-), "metastatic breast
/// cancer" (a cancer spreading from the breast) the Malignant Primary column (C50.9-) and "carcinoma in situ of
/// breast" the Ca in situ column (D05.-). The query's other words are the site: every one must stand in the
/// entry's path or nonessential modifiers, and every title on the path below "Neoplasm, neoplastic" must be named
/// (as for <see cref="AlphabeticDefault"/>, a word form counting: "pancreatic" names pancreas); of such entries the
/// shallowest comes first. With no site word the main term's own row answers ("cancer" → C80.1). A cell printed "-"
/// gives nothing. Tried before the Alphabetic Index default, whose subterms under Metastasis and Tumor name
/// morphologies ("carcinoid, mesentery metastasis"), not sites; a query with words no site entry holds ("liver cell
/// carcinoma", "basal cell carcinoma") names no cell and is left to the Alphabetic Index. A site after "to" behind
/// "metastatic" is where the cancer went: "metastatic breast cancer to lung" names lung in the Malignant Secondary
/// column (C78.0-).
/// </summary>
internal static class NeoplasmDefault
{
    /// <summary>Entries looked at per query.</summary>
    public const int Candidates = 30;

    private const string MalignantPrimary = "Malignant Primary";
    private const string MalignantSecondary = "Malignant Secondary";
    private const string InSitu = "Ca in situ";
    private const string Benign = "Benign";
    private const string Uncertain = "Uncertain Behavior";
    private const string Unspecified = "Unspecified Behavior";
    private const string MainTerm = "neoplasm";

    // The behaviour words of a query, as the search analyses them. A secondary or in-situ word decides over a
    // malignant one ("secondary malignant neoplasm of bone", "carcinoma in situ").
    private static readonly HashSet<string> MalignantWords = QueryTokens.Stems("cancer cancers carcinoma carcinomas malignancy malignant");
    private static readonly HashSet<string> SecondaryWords = QueryTokens.Stems("metastasis metastases secondary");
    private static readonly HashSet<string> MetastaticWords = QueryTokens.Stems("metastatic");
    private static readonly HashSet<string> InSituWords = QueryTokens.Stems("situ");

    // Words that name the growth rather than its site or behaviour.
    private static readonly HashSet<string> GrowthWords = QueryTokens.Stems("neoplasm neoplasms neoplastic tumor tumors tumour tumours in of");

    // The names of a growth that leave its behaviour unstated (Tumor: see also Neoplasm, unspecified behavior, by site;
    // Growth: see Neoplasm), and the words that state a behaviour other than malignant.
    private static readonly HashSet<string> GrowthNames = QueryTokens.Stems("neoplasm neoplasms neoplastic tumor tumors tumour tumours growth growths");
    private static readonly HashSet<string> BenignWords = QueryTokens.Stems("benign");
    private static readonly HashSet<string> UncertainWords = QueryTokens.Stems("uncertain");
    private static readonly HashSet<string> StatedWords = QueryTokens.Stems("benign uncertain unspecified behavior behaviour new in of");

    public static IndexDefaultCode? Find(EntrySearcher entries, string text)
    {
        var words = TableEntryNames.Words(text);
        if (SpreadToSite(text, words) is { Count: > 0 } spreadTo) return Cell(entries, spreadTo, MalignantSecondary);
        var site = words.Where(w => !MalignantWords.Contains(w) && !SecondaryWords.Contains(w) && !MetastaticWords.Contains(w)
                                    && !InSituWords.Contains(w) && !GrowthWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        var column = ColumnOf(words, site.Count > 0);
        return column is null ? null : Cell(entries, site, column);
    }

    /// <summary>
    /// The cell a query names with a site and a growth word but no malignant one (docs/search.md, "The Table of
    /// Neoplasms default"): <c>brain tumor</c> → Neoplasm › brain in the Unspecified Behavior column (D49.6), as
    /// <c>Tumor</c> (see also Neoplasm, unspecified behavior, by site) and <c>Growth</c> (see Neoplasm) direct;
    /// <c>benign tumor of the brain</c> the Benign column, <c>neoplasm of uncertain behavior of brain</c> the
    /// Uncertain Behavior column. Tried after the Alphabetic Index default, since <c>Tumor</c>'s own subterms name
    /// morphologies and a few sites (<c>Tumor › carotid body</c>, <c>Tumor › glomus</c>) that come first.
    /// </summary>
    public static IndexDefaultCode? FindByGrowth(EntrySearcher entries, string text)
    {
        var words = TableEntryNames.Words(text);
        if (!words.Overlaps(GrowthNames) || ColumnOf(words, hasSite: true) is not null) return null;
        var column = words.Overlaps(BenignWords) ? Benign : words.Overlaps(UncertainWords) ? Uncertain : Unspecified;
        var site = words.Where(w => !GrowthNames.Contains(w) && !StatedWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return Cell(entries, site, column);
    }

    // The cell in the column of the entry the site words name; with no site word the main term's own row ("cancer" →
    // C80.1, "metastatic cancer" → C79.9).
    private static IndexDefaultCode? Cell(EntrySearcher entries, HashSet<string> site, string column)
    {
        if (site.Count == 0) return Best(entries.Search(MainTerm, AlphabeticIndexKind.Neoplasms, Candidates), site, column, mainTerm: true);
        return Best(entries.Search(string.Join(' ', site), AlphabeticIndexKind.Neoplasms, Candidates), site, column)
               ?? SeeAlso(entries, site, column)
               ?? Best(entries.SearchPrefixes(site, AlphabeticIndexKind.Neoplasms, FormPrefix, Candidates), site, column);
    }

    // The shallowest entry the site words name whose cell in the column holds a code; of entries as deep, the one whose
    // words are nearest the site words in spelling ("rectal" names rectum before rectosigmoid).
    private static IndexDefaultCode? Best(IEnumerable<EntryHit> hits, HashSet<string> site, string column, bool mainTerm = false)
    {
        IndexDefaultCode? best = null;
        var bestCost = (int.MaxValue, int.MaxValue);
        foreach (var hit in hits)
        {
            var entry = hit.Entry;
            if ((mainTerm ? entry.Level != 0 : entry.Level == 0) || entry.Level > bestCost.Item1) continue;
            if (!TableEntryNames.Names(entry, 1, site, SameWord)) continue;
            var cost = (entry.Level, Distance(entry, site));
            if (cost.CompareTo(bestCost) >= 0) continue;
            var cells = entry.Cells.Count > 0 ? entry.Cells : hit.Followed?.Cells ?? [];
            var code = cells.FirstOrDefault(c => c.Column == column)?.Code;
            if (AlphabeticIndexCodes.Normalize(code) is null) continue;
            best = new IndexDefaultCode(code!, string.Join(' ', entry.Path));
            bestCost = cost;
        }
        return best;
    }

    // How far the site words are from the entry's words they name: the sum of the smallest edit distances.
    private static int Distance(AlphabeticIndexEntry entry, HashSet<string> site)
    {
        var held = entry.Path.Skip(1).SelectMany(t => TableEntryNames.Words(t)).ToList();
        return site.Sum(w => held.Where(h => SameWord(w, h)).Select(h => EditDistance.Of(w, h)).DefaultIfEmpty(0).Min());
    }

    // A site entry without a code in the column whose "see also" names another site of the table ("muscle" → see also
    // Neoplasm, connective tissue; "colon", printed "-" but for the malignant columns → see also Neoplasm, intestine,
    // large): that site's cell, looked for once.
    private static IndexDefaultCode? SeeAlso(EntrySearcher entries, HashSet<string> site, string column)
    {
        foreach (var hit in entries.Search(string.Join(' ', site), AlphabeticIndexKind.Neoplasms, Candidates))
        {
            var entry = hit.Entry;
            if (entry.Level != 1 || HasCode(entry, column) || hit.Followed is not null
                || entry.SeeAlso is not { } seeAlso || !seeAlso.StartsWith(SeeAlsoPrefix, StringComparison.OrdinalIgnoreCase)) continue;
            if (!TableEntryNames.Names(entry, 1, site, SameWord)) continue;
            var other = TableEntryNames.Words(seeAlso[SeeAlsoPrefix.Length..]);
            if (other.Count == 0) return null;
            return Best(entries.Search(string.Join(' ', other), AlphabeticIndexKind.Neoplasms, Candidates), other, column);
        }
        return null;
    }

    private const string SeeAlsoPrefix = "Neoplasm,";

    private static bool HasCode(AlphabeticIndexEntry entry, string column) =>
        AlphabeticIndexCodes.Normalize(entry.Cells.FirstOrDefault(c => c.Column == column)?.Code) is not null;

    // The word before the site a cancer spread to.
    private static readonly HashSet<string> ToWords = new(StringComparer.Ordinal) { "to", "into" };

    // The site a cancer spread to, named after "to" behind "metastatic" ("metastatic cancer to liver", "metastatic
    // breast cancer to lung"): the Malignant Secondary cell of that site, as "metastasis to bone" names it. Null when
    // the query says no such thing.
    private static HashSet<string>? SpreadToSite(string text, HashSet<string> words)
    {
        if (!words.Overlaps(MetastaticWords)) return null;
        var tokens = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var to = Array.FindLastIndex(tokens, ToWords.Contains);
        if (to <= 0 || to == tokens.Length - 1) return null;
        if (!TableEntryNames.Words(string.Join(' ', tokens[..to])).Overlaps(MetastaticWords)) return null;
        return TableEntryNames.Words(string.Join(' ', tokens[(to + 1)..]))
            .Where(w => !MalignantWords.Contains(w) && !SecondaryWords.Contains(w) && !GrowthWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
    }

    // "Metastatic" beside a cancer word and a site names the site the cancer spread from, as the Alphabetic Index reads
    // it (Metastasis, metastatic › cancer › from specified site: see Neoplasm, malignant, by site): "metastatic breast
    // cancer" is C50.9-, while "metastasis to bone", "bone metastases" and "metastatic cancer" name the secondary.
    private static string? ColumnOf(HashSet<string> words, bool hasSite)
    {
        if (words.Overlaps(InSituWords)) return InSitu;
        if (words.Overlaps(SecondaryWords)) return MalignantSecondary;
        var malignant = words.Overlaps(MalignantWords);
        if (words.Overlaps(MetastaticWords)) return malignant && hasSite ? MalignantPrimary : MalignantSecondary;
        return malignant ? MalignantPrimary : null;
    }

    // A site word names a title word when it is that word or a form of it: both of five letters or more, the first
    // four the same and at most three edits apart ("pancreatic" names pancreas, "ovarian" ovary, "rectal" rectum;
    // "hepatocellular" does not name hepatic).
    private const int FormPrefix = 4;
    private const int FormEdits = 3;

    private static bool SameWord(string asked, string title) =>
        asked == title
        || (asked.Length > FormPrefix && title.Length > FormPrefix && string.CompareOrdinal(asked, 0, title, 0, FormPrefix) == 0
            && EditDistance.AtMost(asked, title, FormEdits) <= FormEdits);
}
