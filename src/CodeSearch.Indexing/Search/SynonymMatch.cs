using System.Globalization;
using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Provenance of a text hit: when the code's own descriptions do not hold every query word (stop words aside), the
/// index or inclusion term that does (e.g. "Attack heart" for "heart attack" on I21.9), or else the terms that
/// together supply the missing words. A word counts in any of its forms (<see cref="WordForms"/>). A hit of the relaxed
/// tier, which may hold some words nowhere, is given one only when its own descriptions hold none of the words: that
/// is when the terms explain why it is listed, and it spares the costly term lookup for the others. Which words the
/// code's own descriptions hold comes from the caller (<see cref="OwnWords"/> reads it from the index postings).
/// </summary>
internal static class SynonymMatch
{
    /// <param name="words">The query's words.</param>
    /// <param name="code">The hit.</param>
    /// <param name="ownHeld">Per word of <paramref name="words"/>: whether the code's own descriptions hold it.</param>
    /// <param name="reference">Index and inclusion terms.</param>
    /// <param name="relaxed">Whether the hit comes from the relaxed tier.</param>
    public static string? Find(QueryWords words, MedicalCode code, bool[] ownHeld, ReferenceLookup reference, bool relaxed = false) =>
        Find(words, code, ownHeld, reference.SynonymsFor, relaxed);

    /// <param name="words">The query's words.</param>
    /// <param name="code">The hit.</param>
    /// <param name="ownHeld">Per word of <paramref name="words"/>: whether the code's own descriptions hold it.</param>
    /// <param name="synonymsFor">The index and inclusion terms of a code (<see cref="ReferenceLookup.SynonymsFor"/>, or kept ones).</param>
    /// <param name="relaxed">Whether the hit comes from the relaxed tier.</param>
    public static string? Find(QueryWords words, MedicalCode code, bool[] ownHeld, Func<MedicalCode, IReadOnlyList<string>> synonymsFor, bool relaxed = false)
    {
        var required = Enumerable.Range(0, words.Tokens.Count).Where(words.IsRequired).ToList();
        var missing = required.Where(i => !ownHeld[i]).ToList();
        if (missing.Count == 0 || (relaxed && missing.Count < required.Count)) return null;
        var synonyms = synonymsFor(code);
        if (synonyms.Count == 0) return null;
        // Only terms that contain the start of a missing word (case and accents ignored) are analysed.
        var probes = missing.SelectMany(i => Probes(words, i)).Distinct(StringComparer.Ordinal).ToList();
        // Each term is analysed at most once, and only when it is first needed: most hits stop at the first term.
        var stems = new HashSet<string>?[synonyms.Count];
        var probed = new bool[synonyms.Count];
        HashSet<string>? StemsOf(int k)
        {
            if (probed[k]) return stems[k];
            probed[k] = true;
            return stems[k] = probes.Any(p => Contains(synonyms[k], p)) ? Stems(synonyms[k]) : null;
        }
        for (var k = 0; k < synonyms.Count; k++)
        {
            if (StemsOf(k) is { } held && missing.All(i => Covered(words, held, i, prefix: true))) return synonyms[k];
        }
        // No single term holds every missing word: name the terms that together supplied some of them.
        var used = new List<string>();
        for (var k = 0; k < synonyms.Count && missing.Count > 0; k++)
        {
            if (StemsOf(k) is { } held && missing.RemoveAll(i => Covered(words, held, i, prefix: false)) > 0) used.Add(synonyms[k]);
        }
        return used.Count == 0 ? null : string.Join("; ", used);
    }

    private const int ProbeLength = 4;

    // Every word covering word i starts with one of these (its forms and what is typed only change their endings).
    private static IEnumerable<string> Probes(QueryWords words, int i)
    {
        var word = words.Tokens[i];
        var starts = WordForms.Of(word.Stemmed).Select(f => f[0]).Append(word.Raw);
        if (SpellingVariants.American(word.Raw, prefix: true) is { } american) starts = starts.Append(american);
        return starts.Select(s => s.Length > ProbeLength ? s[..ProbeLength] : s);
    }

    private static bool Contains(string text, string probe) =>
        CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, probe, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;

    // A word is covered by a form of it, or, for the word being typed, by a word it starts.
    private static bool Covered(QueryWords words, HashSet<string> stems, int i, bool prefix)
    {
        var word = words.Tokens[i];
        if (WordForms.Of(word.Stemmed).Any(form => form.All(stems.Contains))) return true;
        if (!prefix || !words.IsCompletion(i)) return false;
        var american = SpellingVariants.American(word.Raw, prefix: true);
        return stems.Any(s => s.StartsWith(word.Raw, StringComparison.Ordinal) || (american is not null && s.StartsWith(american, StringComparison.Ordinal)));
    }

    // Terms recur across searches (the same codes come back for related queries) and analysing one is the dear part:
    // their words are kept (bounded; cleared when full), never changed once made.
    private const int MaxKeptTerms = 8_192;
    private static readonly BoundedCache<string, HashSet<string>> KeptStems = new(MaxKeptTerms, StringComparer.Ordinal);

    private static HashSet<string> Stems(string text)
    {
        if (KeptStems.TryGetValue(text, out var known)) return known;
        var stems = QueryTokens.Analyze(text).SelectMany(t => new[] { t.Stemmed, t.Raw }).ToHashSet(StringComparer.Ordinal);
        return KeptStems.GetOrAdd(text, stems);
    }
}
