using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Words written apart that the code titles write as one, and one word the titles write as two (docs/search.md,
/// "Joined and split words"): two neighbouring words are joined when the joined word is a description word held by more
/// codes than hold the two words side by side ("wheel chair" → wheelchair); a complete word no description holds is split where both
/// halves are description words that some description holds side by side, the split most codes hold winning ("bedpan" → bed pan).
/// A word being typed at the end that starts some indexed word is left to completion, and terms of the clinical vocabulary are left to it. Costs one term lookup per pair of words; the counts of codes
/// holding two words run only for a pair whose joined form is a description word, or a word no description holds.
/// </summary>
internal static class JoinedWords
{
    /// <summary>Shortest part of a joined or split word.</summary>
    public const int MinPartLength = 3;

    /// <summary>Shortest word split in two.</summary>
    public const int MinSplitLength = 6;

    /// <summary>The query with its joined and split words, or the query itself when none applies.</summary>
    public static string Read(IndexReader reader, ClinicalVocabulary vocabulary, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0) return text;
        var typing = !text.EndsWith(' ');
        var changed = false;
        IndexSearcher? searcher = null;
        var term = TermWords(vocabulary, words);
        for (var i = 0; i < words.Count; i++)
        {
            if (term[i]) continue;
            var last = i == words.Count - 1;
            if (!last && !term[i + 1] && Part(words[i]) && Part(words[i + 1]))
            {
                var joined = words[i] + words[i + 1];
                var codes = Codes(reader, joined);
                if (codes > 0 && Both(searcher ??= new IndexSearcher(reader), words[i], words[i + 1]) < codes)
                {
                    words[i] = joined;
                    words.RemoveAt(i + 1);
                    term.RemoveAt(i + 1);
                    changed = true;
                    continue;
                }
            }
            if ((last && typing && StartsWords(reader, words[i])) || words[i].Length < MinSplitLength || !words[i].All(char.IsAsciiLetterLower) || Codes(reader, words[i]) > 0) continue;
            if (Split(reader, searcher ??= new IndexSearcher(reader), words[i]) is { } split)
            {
                words[i] = split;
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) + (text.EndsWith(' ') ? " " : "") : text;
    }

    // Which words belong to a term of the clinical vocabulary ("irregular heartbeat"): those are left to it.
    private static List<bool> TermWords(ClinicalVocabulary vocabulary, List<string> words)
    {
        var inTerm = new List<bool>(words.Select(_ => false));
        for (var i = 0; i < words.Count; i++)
        {
            for (var n = 1; n <= vocabulary.MaxWords && i + n <= words.Count; n++)
            {
                // A term kept as written unless its context chooses a reading ("bed", "pad") does not hold its words.
                if (vocabulary.Find(string.Join(' ', words.GetRange(i, n))) is not { ReadsAsWritten: false }) continue;
                for (var k = i; k < i + n; k++) inTerm[k] = true;
            }
        }
        return inTerm;
    }

    private static bool Part(string word) => word.Length >= MinPartLength && word.All(char.IsAsciiLetterLower) && !StopWords.Contains(word);

    private static string? Split(IndexReader reader, IndexSearcher searcher, string word)
    {
        string? best = null;
        var bestCodes = 0;
        for (var at = MinPartLength; at <= word.Length - MinPartLength; at++)
        {
            var (left, right) = (word[..at], word[at..]);
            if (StopWords.Contains(left) || StopWords.Contains(right) || Codes(reader, left) == 0 || Codes(reader, right) == 0) continue;
            var both = Both(searcher, left, right);
            if (both > bestCodes)
            {
                bestCodes = both;
                best = left + " " + right;
            }
        }
        return best;
    }

    // Whether some indexed word starts with the word being typed (it may be a prefix, not a joined word).
    private static bool StartsWords(IndexReader reader, string word) =>
        reader.DocFreq(new Term(Prefixes, word.Length > DescriptionAnalyzer.MaxPrefixLength ? word[..DescriptionAnalyzer.MaxPrefixLength] : word)) > 0;

    private static int Codes(IndexReader reader, string word) => reader.DocFreq(new Term(DescriptionRaw, word));

    // Codes whose description holds the two words next to each other (the stemmed field keeps positions).
    private static int Both(IndexSearcher searcher, string a, string b)
    {
        if (QueryTokens.Analyze(a) is not [var left] || QueryTokens.Analyze(b) is not [var right]) return 0;
        var query = new PhraseQuery { new Term(Description, left.Stemmed), new Term(Description, right.Stemmed) };
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }
}
