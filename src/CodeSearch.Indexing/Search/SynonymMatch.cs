using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Provenance of a text hit: when the code's own descriptions do not hold every query word, the index or inclusion
/// term that does (e.g. "Attack heart" for "heart attack" on I21.9).
/// </summary>
internal static class SynonymMatch
{
    public static string? Find(string text, MedicalCode code, ReferenceLookup reference, Func<CodeSystemId, string, string, MedicalCode?> find)
    {
        var words = QueryTokens.Analyze(text);
        if (words.Count == 0) return null;
        var own = Stems($"{code.Description} {code.ShortDescription}");
        var typing = char.IsLetterOrDigit(text[^1]);
        bool Covered(HashSet<string> stems, QueryToken word, bool last) =>
            stems.Contains(word.Stemmed) || (last && typing && stems.Any(s => s.StartsWith(word.Raw, StringComparison.Ordinal)));
        if (words.Select((w, i) => Covered(own, w, i == words.Count - 1)).All(c => c)) return null;
        var synonyms = reference.SynonymsFor(code, c => find(code.System, code.ReleaseId, c));
        foreach (var synonym in synonyms)
        {
            var stems = Stems(synonym);
            stems.UnionWith(own);
            if (words.Select((w, i) => Covered(stems, w, i == words.Count - 1)).All(c => c)) return synonym;
        }
        // No single term holds every word: name the terms that together supplied the missing ones.
        var used = new List<string>();
        var covered = new HashSet<string>(own, StringComparer.Ordinal);
        foreach (var synonym in synonyms)
        {
            var stems = Stems(synonym);
            if (!words.Where((w, i) => !Covered(covered, w, i == words.Count - 1)).Any(w => Covered(stems, w, false))) continue;
            used.Add(synonym);
            covered.UnionWith(stems);
        }
        return used.Count == 0 ? null : string.Join("; ", used);
    }

    private static HashSet<string> Stems(string text) =>
        QueryTokens.Analyze(text).SelectMany(t => new[] { t.Stemmed, t.Raw }).ToHashSet(StringComparer.Ordinal);
}
