using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The words of one indexed field that a misspelled query word may be corrected to (words of ASCII letters), with how
/// many codes hold each, held in memory for one generation (<see cref="QueryReader"/>). Finds the closest word as
/// Lucene's fuzzy term enumeration did, without building a Levenshtein automaton per word (which was most of the cost
/// of a query with a word never seen before): one edit away by looking up every one-edit variant of the word; two edits
/// away by measuring the words that start with the same letter, differ in length by at most two and that enough codes
/// hold. The closest wins, then the one more codes hold, then the first in term order.
/// </summary>
internal sealed class SpellingTable
{
    private readonly Dictionary<string, int> _codes;
    private readonly char[] _alphabet;
    // Words held by at least MinTwoEditCodes codes, by first letter and length: the only ones two edits may reach.
    private readonly Dictionary<(char First, int Length), (string Word, int Codes)[]> _twoEditCandidates;

    public SpellingTable(IEnumerable<(string Word, int Codes)> words)
    {
        _codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, codes) in words)
        {
            if (word.Length > 0 && word.All(char.IsAsciiLetter)) _codes[word] = codes;
        }
        _alphabet = _codes.Keys.SelectMany(w => w).Distinct().Order().ToArray();
        _twoEditCandidates = _codes.Where(w => w.Value >= QueryReader.MinTwoEditCodes)
            .GroupBy(w => (w.Key[0], w.Key.Length))
            .ToDictionary(g => g.Key, g => g.Select(w => (w.Key, w.Value)).ToArray());
    }

    /// <summary>The words of <paramref name="field"/> and their document counts.</summary>
    public static SpellingTable Of(IndexReader reader, string field)
    {
        var words = new List<(string, int)>();
        if (MultiFields.GetTerms(reader, field) is { } terms)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext()) words.Add((e.Term.Utf8ToString(), e.DocFreq));
        }
        return new SpellingTable(words);
    }

    public int Count => _codes.Count;

    /// <summary>
    /// The closest word to <paramref name="word"/> (itself when held), at most <paramref name="maxEdits"/> (1 or 2)
    /// away; a word two edits away must start with the same letter and be held by at least
    /// <see cref="QueryReader.MinTwoEditCodes"/> codes. Null when there is none.
    /// </summary>
    public (string Word, int Distance)? Closest(string word, int maxEdits)
    {
        if (_codes.ContainsKey(word)) return (word, 0);
        var one = OneEdit(word);
        if (one is not null || maxEdits < 2 || word.Length == 0) return one is null ? null : (one, 1);
        return TwoEdits(word) is { } two ? (two, 2) : null;
    }

    private string? OneEdit(string word)
    {
        string? best = null;
        var bestCodes = 0;
        void Consider(string candidate)
        {
            if (!_codes.TryGetValue(candidate, out var codes)) return;
            if (codes > bestCodes || (codes == bestCodes && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestCodes = codes;
            }
        }
        Span<char> buffer = stackalloc char[word.Length + 1];
        for (var i = 0; i < word.Length; i++)
        {
            // Deletion of letter i.
            Consider(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)));
            // Swap of letters i and i + 1.
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                word.CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                Consider(new string(buffer[..word.Length]));
            }
            // Substitution of letter i.
            foreach (var c in _alphabet)
            {
                if (c == word[i]) continue;
                word.CopyTo(buffer);
                buffer[i] = c;
                Consider(new string(buffer[..word.Length]));
            }
        }
        // Insertion before letter i (i = length: at the end).
        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var c in _alphabet)
            {
                word.AsSpan(0, i).CopyTo(buffer);
                buffer[i] = c;
                word.AsSpan(i).CopyTo(buffer[(i + 1)..]);
                Consider(new string(buffer));
            }
        }
        return best;
    }

    private string? TwoEdits(string word)
    {
        string? best = null;
        var bestCodes = 0;
        for (var length = Math.Max(1, word.Length - 2); length <= word.Length + 2; length++)
        {
            if (!_twoEditCandidates.TryGetValue((word[0], length), out var candidates)) continue;
            foreach (var (candidate, codes) in candidates)
            {
                if (codes < bestCodes || (codes == bestCodes && best is not null && string.CompareOrdinal(candidate, best) > 0)) continue;
                if (EditDistance.AtMost(word, candidate, 2) != 2) continue;
                best = candidate;
                bestCodes = codes;
            }
        }
        return best;
    }
}
