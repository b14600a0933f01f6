using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;
using CodeSearch.Indexing.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The Table of Drugs and Chemicals cell a query names when it names a substance and a poisoning, an adverse effect or
/// an underdosing (docs/search.md, "The Table of Drugs and Chemicals default"): "carbon monoxide poisoning" names
/// Carbon › monoxide in the Poisoning Accidental (unintentional) column (T58.91-), "aspirin overdose" Aspirin (T39.011),
/// "adverse effect of aspirin" the Adverse effect column (T39.015), "bee sting" Venom › bee (T63.441), "overdose"
/// with no substance Drug NEC (T50.901). A poisoning
/// whose intent is not stated is coded accidental, as the coding guidelines direct (I.C.19.e.5.b); "intentional",
/// "suicide attempt" or "self harm" choose the self-harm column, "assault" and "undetermined" theirs; self-harm words and
/// a substance the table names are a poisoning without the word ("suicide attempt with alprazolam"), and "swallowed" or
/// "ingested" name a poisoning as "overdose" does ("child swallowed acetaminophen"; who took it is not the substance). The query's
/// other words are the substance: every one must stand in the entry's path or nonessential modifiers and every title on
/// the path must be named (as for <see cref="AlphabeticDefault"/>, "NEC" and "NOS" named without being said); the
/// shallowest named entry wins. A cell printed "--" gives nothing. Tried after the Alphabetic Index default, whose
/// own entries come first where it has them ("food poisoning" is Poisoning › food → A05.9).
/// </summary>
internal static class DrugTableDefault
{
    /// <summary>Entries looked at per query.</summary>
    public const int Candidates = 30;

    private const string Accidental = "Poisoning Accidental (unintentional)";
    private const string SelfHarm = "Poisoning Intentional self-harm";
    private const string Assault = "Poisoning Assault";
    private const string Undetermined = "Poisoning Undetermined";
    private const string AdverseEffect = "Adverse effect";
    private const string Underdosing = "Underdosing";

    // The words that ask for a cell of the table, as the search analyses them.
    private static readonly HashSet<string> PoisoningWords = QueryTokens.Stems("poisoning poisoned overdose overdosed toxicity toxic swallowed ingested ingestion");
    private static readonly HashSet<string> StingWords = QueryTokens.Stems("sting stings stung");
    private static readonly HashSet<string> AdverseWords = QueryTokens.Stems("adverse side");
    private static readonly HashSet<string> UnderdosingWords = QueryTokens.Stems("underdosing underdose underdosed");
    private static readonly HashSet<string> SelfHarmWords = QueryTokens.Stems("intentional suicide suicidal self harm");
    private static readonly HashSet<string> AssaultWords = QueryTokens.Stems("assault");
    private static readonly HashSet<string> UndeterminedWords = QueryTokens.Stems("undetermined");

    // Words that say how, not what: left out of the substance.
    private static readonly HashSet<string> HowWords = QueryTokens.Stems("effect effects reaction accidental accidentally unintentional attempt by from of due to with child toddler");

    // The main term venom is named by a sting ("bee sting": Venom, venomous (bite) (sting) › bee).
    private static readonly string VenomWord = QueryTokens.Stems("venom").Single();
    private static readonly string DrugWord = QueryTokens.Stems("drug").Single();

    public static IndexDefaultCode? Find(EntrySearcher entries, string text)
    {
        var words = TableEntryNames.Words(text);
        var column = ColumnOf(words);
        // "suicide attempt with alprazolam": self-harm by a substance the query names is a poisoning of that column.
        var namedOnly = column is null && words.Overlaps(SelfHarmWords);
        if (namedOnly) column = SelfHarm;
        if (column is null) return null;
        var substance = words.Where(w => !PoisoningWords.Contains(w) && !StingWords.Contains(w) && !AdverseWords.Contains(w)
                                         && !UnderdosingWords.Contains(w) && !SelfHarmWords.Contains(w) && !AssaultWords.Contains(w)
                                         && !UndeterminedWords.Contains(w) && !HowWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);
        if (words.Overlaps(StingWords)) substance.Add(VenomWord);
        // No substance named: a drug ("overdose" → Drug NEC, T50.901).
        if (substance.Count == 0)
        {
            if (namedOnly) return null;
            substance.Add(DrugWord);
        }
        // A product of two drugs the table names apart ("buprenorphine naloxone") is coded for the first it names.
        var cell = Cell(entries, substance, column);
        if (cell is not null || substance.Count < 2) return cell;
        var first = QueryTokens.StemList(text).First(substance.Contains);
        return Cell(entries, new HashSet<string>(StringComparer.Ordinal) { first }, column);
    }

    private static IndexDefaultCode? Cell(EntrySearcher entries, HashSet<string> substance, string column)
    {
        IndexDefaultCode? best = null;
        var bestLevel = int.MaxValue;
        foreach (var hit in entries.Search(string.Join(' ', substance), AlphabeticIndexKind.Drugs, Candidates))
        {
            var entry = hit.Entry;
            if (entry.Level >= bestLevel || !TableEntryNames.Names(entry, 0, substance, string.Equals)) continue;
            var cells = entry.Cells.Count > 0 ? entry.Cells : hit.Followed?.Cells ?? [];
            var code = cells.FirstOrDefault(c => c.Column == column)?.Code;
            if (AlphabeticIndexCodes.Normalize(code) is null) continue;
            best = new IndexDefaultCode(code!, string.Join(' ', entry.Path));
            bestLevel = entry.Level;
        }
        return best;
    }

    private static string? ColumnOf(HashSet<string> words)
    {
        if (words.Overlaps(UnderdosingWords)) return Underdosing;
        if (words.Overlaps(AdverseWords)) return AdverseEffect;
        if (!words.Overlaps(PoisoningWords) && !words.Overlaps(StingWords)) return null;
        if (words.Overlaps(SelfHarmWords)) return SelfHarm;
        if (words.Overlaps(AssaultWords)) return Assault;
        return words.Overlaps(UndeterminedWords) ? Undetermined : Accidental;
    }
}
