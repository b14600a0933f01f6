using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Words written apart that the code titles write as one, and one word the titles write as two (docs/search.md,
/// "Joined and split words"): two neighbouring words are joined when the joined word is a description word held by more
/// codes than hold the two words side by side ("wheel chair" → wheelchair); a complete word no description, index term
/// or vocabulary term holds is split in two or three words (<see cref="WordSplit"/>): a split that is a vocabulary term
/// first ("heartattack" → heart attack), else the split most titles and index terms hold side by side ("bedpan" → bed
/// pan, "lowbackpain" → low back pain, "type2diabetes"). A word being typed at the end that starts some indexed word is
/// left to completion, and terms of the clinical vocabulary are left to it. Costs one term lookup per pair of words; the
/// counts of codes holding two words run only for a pair whose joined form is a description word, or a word no
/// description holds.
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
                var codes = Math.Max(Codes(reader, joined), IndexTermCodes(reader, joined));
                if (codes > 0 && Both(searcher ??= new IndexSearcher(reader), words[i], words[i + 1]) < codes)
                {
                    words[i] = joined;
                    words.RemoveAt(i + 1);
                    term.RemoveAt(i + 1);
                    changed = true;
                    continue;
                }
            }
            if ((last && typing && StartsWords(reader, words[i])) || !Splittable(reader, vocabulary, words[i])) continue;
            if (WordSplit.Split(reader, vocabulary, searcher ??= new IndexSearcher(reader), words[i]) is { } split)
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

    // A part of a joined or split word: three letters or more, not a stop word.
    internal static bool Part(string word) => word.Length >= MinPartLength && word.All(char.IsAsciiLetterLower) && !StopWords.Contains(word);

    // A word of letters (or letters and digits) that no long description, index term or vocabulary term holds.
    private static bool Splittable(IndexReader reader, ClinicalVocabulary vocabulary, string word) =>
        word.Length >= MinSplitLength && word.Length <= WordSplit.MaxSplitLength && word.All(char.IsAsciiLetterOrDigit)
        && word.Any(char.IsAsciiLetterLower) && !word.Any(char.IsAsciiLetterUpper)
        && Codes(reader, word) == 0 && IndexTermCodes(reader, word) == 0 && vocabulary.Find(word) is null;

    // Whether some indexed word starts with the word being typed (it may be a prefix, not a joined word).
    private static bool StartsWords(IndexReader reader, string word) =>
        KeptDocFreqs.Of(reader, new Term(Prefixes, word.Length > DescriptionAnalyzer.MaxPrefixLength ? word[..DescriptionAnalyzer.MaxPrefixLength] : word)) > 0;

    internal static int Codes(IndexReader reader, string word) => KeptDocFreqs.Of(reader, new Term(DescriptionRaw, word));

    // Codes an index term or inclusion term holding the word leads to (the field is stemmed).
    internal static int IndexTermCodes(IndexReader reader, string word) =>
        QueryTokens.Analyze(word) is [var token] ? KeptDocFreqs.Of(reader, new Term(Synonyms, token.Stemmed)) : 0;

    // Codes whose description holds the two words next to each other (the stemmed field keeps positions).
    internal static int Both(IndexSearcher searcher, string a, string b)
    {
        if (QueryTokens.Analyze(a) is not [var left] || QueryTokens.Analyze(b) is not [var right]) return 0;
        var query = new PhraseQuery { new Term(Description, left.Stemmed), new Term(Description, right.Stemmed) };
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits;
    }
}
