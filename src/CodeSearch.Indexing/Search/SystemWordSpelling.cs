using System.Collections.Concurrent;
using CodeSearch.Core;
using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A misspelled word of one code system's own words (docs/search.md, "Misspelled words of one code system"): in a search
/// in one system, a word of five letters or more that no code of the system holds or starts, that is no word of the
/// clinical vocabulary, and that is one edit (a swap of neighbours counts one) from exactly one one-word term of that
/// system's words (<c>system-words.tsv</c>, <c>drug-names.tsv</c>: brand names of drugs, names of equipment and of
/// operations) is respelled to it before those words are read. From six letters a term two edits away is taken too when
/// it starts with the same letter and sounds alike (<see cref="PhoneticKey"/>) and no term is one edit away. "nulasta" →
/// neulasta → pegfilgrastim (J2506), "ritoxan" → rituxan → rituximab (J9312), "elyea" → eylea, "remicaid" → remicade.
/// Before, such a word matched nothing: the spelling correction only knows the titles' and the vocabulary's words. A word
/// that reads as a combining form and an operation suffix is left to that reading ("menisectomy": partial or not).
/// </summary>
internal static class SystemWordSpelling
{
    /// <summary>Shortest word respelled.</summary>
    public const int MinLength = 5;

    /// <summary>Shortest word respelled to a term two edits away.</summary>
    public const int MinTwoEditLength = 6;

    private static readonly ConcurrentDictionary<(SystemWords, CodeSystemId), string[]> Terms = new();

    /// <summary>
    /// <paramref name="text"/> with its misspelled system words respelled, or the same instance when none is.
    /// <paramref name="known"/> says whether a code of the system holds a word or a word starting with it.
    /// </summary>
    public static string Respell(SystemWords words, CodeSystemId system, string text, Func<string, bool> known)
    {
        if (!words.Systems.Contains(system)) return text;
        var terms = Terms.GetOrAdd((words, system), key => key.Item1.Rows
            .Where(r => r.System == key.Item2 && r.Kind == SystemWordKind.Word && r.WordCount == 1 && r.Term.All(char.IsAsciiLetterLower))
            .Select(r => r.Term).Distinct(StringComparer.Ordinal).ToArray());
        var parts = text.Split(' ');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var word = parts[i];
            if (word.Length < MinLength || !word.All(char.IsAsciiLetterLower)) continue;
            if (ClinicalVocabulary.Default.TermWords.Contains(word) || known(word)) continue;
            // A combining form and an operation suffix, the form one edit off, is read as such ("menisectomy").
            if (SystemWordRewriter.Composes(words, system, word)) continue;
            // A word some term starts is being typed: the system words complete it.
            if (terms.Any(t => t.StartsWith(word, StringComparison.Ordinal))) continue;
            if (Closest(terms, word) is not { } term) continue;
            parts[i] = term;
            changed = true;
        }
        return changed ? string.Join(' ', parts) : text;
    }

    // The one term one edit away, else (from six letters) the one term two edits away that sounds alike; null when none
    // or several are as close.
    private static string? Closest(string[] terms, string word)
    {
        var one = terms.Where(t => EditDistance.AtMost(word, t, 1) == 1).Take(2).ToList();
        if (one.Count > 0) return one.Count == 1 ? one[0] : null;
        if (word.Length < MinTwoEditLength) return null;
        var key = PhoneticKey.Of(word);
        var two = terms.Where(t => t[0] == word[0] && EditDistance.AtMost(word, t, 2) == 2 && PhoneticKey.Of(t) == key).Take(2).ToList();
        return two.Count == 1 ? two[0] : null;
    }
}
