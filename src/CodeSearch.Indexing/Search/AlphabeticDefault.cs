using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;
using CodeSearch.Indexing.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>The Alphabetic Index entry a query names, with the code a coder starts from.</summary>
/// <param name="Code">The entry's code as printed ("J18.9", "S72.00-"), or the code of the entry its "see" leads to.</param>
/// <param name="Term">The entry's path, "Fibrillation atrial or auricular".</param>
/// <param name="Sideless">Whether the entry was named by the query without its side words (<see cref="SideWords"/>).</param>
internal sealed record IndexDefaultCode(string Code, string Term, bool Sideless = false);

/// <summary>
/// Finds the ICD-10-CM Alphabetic Index entry that a query names exactly (docs/search.md, "The Alphabetic Index
/// default"): every query word that is not a stop word stands in the entry's path or nonessential modifiers, and every
/// title on the path is named by the query — a title is named when all the words of its head ("Fracture, traumatic"),
/// of one of its "or" alternatives ("atrial or auricular") or of a comma part that is a word form of the head
/// ("Infection, infected, infective") are in the query (<see cref="AlternativesOf"/>). Of such entries the
/// shallowest comes first, then the one under the larger main term (the one a coder turns to for the bare word: Fracture, traumatic rather than Fracture,
/// pathological), then the one <see cref="EntrySearcher"/> ranks first. An entry without a code leads through its
/// "see" reference (followed as a query of its own, once). So "pneumonia" names Pneumonia (J18.9), "atrial
/// fibrillation" names Fibrillation › atrial or auricular (I48.91) and "hip fracture" names Fracture, traumatic ›
/// hip, whose "see" leads to Fracture, traumatic › femur › neck (S72.00-).
/// </summary>
internal static class AlphabeticDefault
{
    /// <summary>Entries looked at per query.</summary>
    public const int Candidates = 30;

    // Titles repeat across queries: their analysed words are kept (bounded; cleared when full).
    private const int MaxCachedTitles = 100_000;
    private static readonly BoundedCache<string, string[][]> TitleAlternatives = new(MaxCachedTitles, StringComparer.Ordinal);

    /// <summary>
    /// The entry the query names; when none does and the query names a side, the entry the query names without its side
    /// words (the Alphabetic Index names no side: "left hip fracture" names Fracture › hip, S72.00-, whose left code
    /// <see cref="LateralSibling"/> then puts first), and failing that without the ear or eye after a side word too
    /// (<see cref="SideWords.WithoutSidedOrgan"/>). Such a default gives way when the words with the side found a code of
    /// its category first (<see cref="LuceneCodeIndex"/>): the words already chose the family, the side its code.
    /// </summary>
    public static IndexDefaultCode? Find(EntrySearcher entries, string text) =>
        Find(entries, text, followSee: true)
        ?? (SideWords.Without(text) is { } sideless && Find(entries, sideless, followSee: true) is { } found ? found with { Sideless = true } : null)
        // The ear or eye after the side goes with it ("aom r ear" → acute otitis media right ear → Otitis › media › acute).
        ?? (SideWords.WithoutSidedOrgan(text) is { } organless && Find(entries, organless, followSee: true) is { } bare ? bare with { Sideless = true } : null);

    private static IndexDefaultCode? Find(EntrySearcher entries, string text, bool followSee)
    {
        var asked = QueryTokens.StemList(text).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0) return null;
        IndexDefaultCode? best = null;
        var bestCost = (int.MaxValue, int.MaxValue);
        foreach (var hit in entries.Search(text, AlphabeticIndexKind.Diseases, Candidates))
        {
            var entry = hit.Entry;
            if (!Named(entry.Path, asked) || !Covers(entry, asked)) continue;
            var cost = (entry.Level, -entries.MainTermSize(entry));
            if (cost.CompareTo(bestCost) >= 0) continue;
            var code = entry.Code ?? hit.Followed?.Code
                       ?? (followSee && entry.See is { } see ? Find(entries, see, followSee: false)?.Code : null);
            if (code is null) continue;
            best = new IndexDefaultCode(code, string.Join(' ', entry.Path));
            bestCost = cost;
        }
        return best;
    }

    // Whether every query word stands in the entry's path or nonessential modifiers: "secondary hypertension" does not
    // name Hypertension (I10), whose words the search found without "secondary" (a column word of the tables). Weak
    // words need not stand there: "migraine disorder" names Migraine.
    private static bool Covers(AlphabeticIndexEntry entry, HashSet<string> asked)
    {
        var held = entry.Path.Concat(entry.Modifiers).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        return asked.All(w => held.Contains(w) || WeakWords.Contains(w));
    }

    /// <summary>
    /// Titles that only group the subterms under them ("Diabetes › with › retinopathy", "Anemia › due to › blood loss",
    /// "Pregnancy › complicated by › …"): named whether or not the query says them, so "diabetic retinopathy" names
    /// Diabetes › with › retinopathy (E11.319).
    /// </summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "with", "in", "due to", "complicated by" };

    // Whether every title on the path is named: all the words of one of its alternatives are in the query.
    private static bool Named(IReadOnlyList<string> path, HashSet<string> asked)
    {
        foreach (var title in path)
        {
            if (Connectives.Contains(title.Trim())) continue;
            var alternatives = AlternativesOf(title);
            if (alternatives is null) continue;
            if (!alternatives.Any(words => words.Length > 0 && words.All(asked.Contains))) return false;
        }
        return true;
    }

    /// <summary>
    /// The words of each alternative of a title; null for a title without words (it names nothing and is skipped).
    /// Parts joined by "or" are alternatives ("atrial or auricular"). Of parts joined by commas, the first is the head
    /// and names the title; a later part names it only when it is a word form of the head ("Infection, infected,
    /// infective", "Paralysis, paralytic"), since a comma also inverts a qualifier: "Tumor › syphilitic, brain" is a
    /// syphilitic tumor of the brain, which "brain tumor" does not name.
    /// </summary>
    internal static string[][]? AlternativesOf(string title)
    {
        if (!TitleAlternatives.TryGetValue(title, out var alternatives))
        {
            alternatives = Words(title).Count == 0 ? [] : Split(title);
            alternatives = TitleAlternatives.GetOrAdd(title, alternatives);
        }
        return alternatives.Length == 0 ? null : alternatives;
    }

    private static string[][] Split(string title)
    {
        var result = new List<string[]>();
        foreach (var alternative in title.Split(" or ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = alternative.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => Words(a).ToArray()).Where(w => w.Length > 0).ToList();
            if (parts.Count == 0) continue;
            result.Add(parts[0]);
            result.AddRange(parts.Skip(1).Where(p => IsFormOf(p, parts[0])));
        }
        return [.. result];
    }

    // Whether a later comma part is a word form of the head: one word sharing its first four letters with a head word
    // (infected ~ infection, aortic ~ aorta, rectal ~ rectum).
    private const int FormPrefix = 4;

    private static bool IsFormOf(string[] part, string[] head) =>
        part.Length == 1 && part[0].Length >= FormPrefix
        && head.Any(h => h.Length >= FormPrefix && string.CompareOrdinal(h, 0, part[0], 0, FormPrefix) == 0);

    private static List<string> Words(string text) =>
        QueryTokens.StemList(text).Where(w => !StopWords.Contains(w)).ToList();
}
