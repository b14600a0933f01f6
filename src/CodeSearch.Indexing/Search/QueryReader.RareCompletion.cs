using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

// A word that starts only rare title words, one edit from a far more common one (docs/search.md, "A slip is not a
// rare word's start"; issue 13).
internal sealed partial class QueryReader
{
    /// <summary>Shortest word whose rare completion loses to a common word one edit away.</summary>
    public const int MinSlipLength = 5;

    // "colon cancr": the letters start only *cancrum* (one code, A69.0) but are one dropped letter from *cancer*, which
    // far more codes hold: a slip, not the start of the rare word. Taken when the completion is rare (RareWordCodes or
    // fewer codes), the word before does not complete the letters (PhraseCompletion: a phrase the titles write), and a
    // word one edit away with the same first letter and a cost of at most 1 (SpellingTable.Cost: a typo or the same
    // sound), made by adding a dropped letter or swapping two, is held by RareWordRatio times as many codes. Null to leave the word to its completion.
    private string? RareCompletionSlip(string raw, string? previous)
    {
        if (raw.Length < MinSlipLength) return null;
        // Letters only index terms start ("cancr": *cancrum*) count as a completion no long description holds.
        var completionCodes = Completion(raw) is { } completion ? RawCodes(completion) : 0;
        if (completionCodes > RareWordCodes) return null;
        if (previous is not null && PhraseCompletion.After(reader, previous, raw) is not null) return null;
        foreach (var candidate in _rawWords.Value.Candidates(raw, 1, ContextCandidates))
        {
            if (candidate.Distance != 1 || candidate.Cost > 1 || candidate.Word[0] != raw[0]) continue;
            // A letter dropped or two swapped, the slips of fast typing; another letter in place of one makes another word
            // ("always tired": the index term *tiredness*, not *tires*).
            if (!DroppedOrSwapped(raw, candidate.Word)) continue;
            if (candidate.Word.StartsWith(raw, StringComparison.Ordinal)) continue;
            if (candidate.Codes >= RareWordRatio * Math.Max(1, completionCodes)) return candidate.Word;
        }
        return null;
    }

    // Whether word is raw with one letter added, or with two neighbouring letters swapped.
    private static bool DroppedOrSwapped(string raw, string word)
    {
        if (word.Length == raw.Length + 1)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (string.CompareOrdinal(word.Remove(i, 1), raw) == 0) return true;
            }
            return false;
        }
        if (word.Length != raw.Length) return false;
        var diff = Enumerable.Range(0, raw.Length).Where(i => raw[i] != word[i]).ToArray();
        return diff is [var a, var b] && b == a + 1 && raw[a] == word[b] && raw[b] == word[a];
    }

    // The content word before the last one, for the phrase completion (null when there is none).
    private static string? WordBefore(IReadOnlyList<string> rawOthers)
    {
        for (var i = rawOthers.Count - 1; i >= 0; i--)
        {
            if (!StopWords.Contains(rawOthers[i])) return rawOthers[i];
        }
        return null;
    }
}
