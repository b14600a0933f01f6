using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Where a word typed without its spaces splits (docs/search.md, "Joined and split words"): into two words, else three,
/// each a word of the long descriptions, the index terms or the clinical vocabulary (a number between letters, and a
/// connective such as "of" in the middle, count too). A split that is a vocabulary term wins at once ("heartattack" →
/// heart attack, "sorethroat" → sore throat); otherwise the split most titles and index terms hold as a phrase
/// ("bedpan" → bed pan, "lowbackpain" → low back pain, "shortnessofbreath" → shortness of breath, "type2diabetes" →
/// type 2 diabetes). A split no title, index term or term holds is not taken. At most a few hundred term lookups, for
/// words no code holds only.
/// </summary>
internal static class WordSplit
{
    /// <summary>Longest word tried (longer ones are not split: the splits grow with the square of the length).</summary>
    public const int MaxSplitLength = 24;

    /// <summary>The word with its spaces put back, or null when no split is held anywhere.</summary>
    public static string? Split(IndexReader reader, ClinicalVocabulary vocabulary, IndexSearcher searcher, string word)
    {
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Known(string part, bool middle) => middle && ClinicalVocabulary.ConnectiveWords.Contains(part)
            || (known.TryGetValue(part, out var k) ? k : known[part] = IsWord(reader, vocabulary, part));
        return Best(Twos(word, Known), reader, vocabulary, searcher) ?? Best(Threes(word, Known), reader, vocabulary, searcher);
    }

    private static IEnumerable<string[]> Twos(string word, Func<string, bool, bool> known)
    {
        for (var at = 1; at < word.Length; at++)
        {
            if (!Cut(word, at)) continue;
            var (a, b) = (word[..at], word[at..]);
            if (known(a, false) && known(b, false)) yield return [a, b];
        }
    }

    private static IEnumerable<string[]> Threes(string word, Func<string, bool, bool> known)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (!Cut(word, i) || !known(word[..i], false)) continue;
            for (var j = i + 1; j < word.Length; j++)
            {
                if (!Cut(word, j)) continue;
                var (b, c) = (word[i..j], word[j..]);
                if (known(b, true) && known(c, false)) yield return [word[..i], b, c];
            }
        }
    }

    // Never inside a number.
    private static bool Cut(string word, int at) => !(char.IsAsciiDigit(word[at - 1]) && char.IsAsciiDigit(word[at]));

    private static string? Best(IEnumerable<string[]> splits, IndexReader reader, ClinicalVocabulary vocabulary, IndexSearcher searcher)
    {
        string? best = null;
        var bestCodes = 0;
        foreach (var parts in splits)
        {
            var phrase = string.Join(' ', parts);
            if (vocabulary.Find(phrase) is not null) return phrase;
            var codes = Together(searcher, Description, phrase) + Together(searcher, Synonyms, phrase);
            if (codes <= bestCodes) continue;
            (best, bestCodes) = (phrase, codes);
        }
        return best;
    }

    // A part: a number, or a word of three letters or more, not a stop word, that a title, an index term or a
    // vocabulary term holds.
    private static bool IsWord(IndexReader reader, ClinicalVocabulary vocabulary, string part)
    {
        if (part.All(char.IsAsciiDigit)) return true;
        if (!JoinedWords.Part(part)) return false;
        return JoinedWords.Codes(reader, part) > 0 || JoinedWords.IndexTermCodes(reader, part) > 0
            || vocabulary.TermWords.Contains(part);
    }

    // Codes whose field holds the words as a phrase (both stemmed fields keep positions and every token).
    private static int Together(IndexSearcher searcher, string field, string phrase)
    {
        var query = new PhraseQuery();
        foreach (var token in QueryTokens.Analyze(phrase)) query.Add(new Term(field, token.Stemmed));
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }
}
