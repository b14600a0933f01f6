using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

// Clinicians' shorthand written without its vowels (docs/search.md, "A word written without its vowels"): "hrt" is
// heart, "wks" weeks, "bld" blood, "lft" left. Read before the vocabulary, so the words around it are read with it
// ("cong hrt fail": *cong* is then completed beside heart and failure, not alone to congenital).
internal sealed partial class QueryReader
{
    /// <summary>Shortest word read by its consonants: two letters ("hx", "fx") are the vocabulary's.</summary>
    public const int MinSkeletonLength = 3;

    /// <summary>Longest consonant skeleton kept in the table (shorthand is short; longer keys would only cost memory).</summary>
    public const int MaxSkeletonLength = 5;

    /// <summary>Fewest codes whose titles must hold the word a skeleton is read as.</summary>
    public const int MinSkeletonCodes = 10;

    // The consonant skeleton of each common title word, its most common word per skeleton (same first letter only).
    private readonly Lazy<Dictionary<string, string>> _skeletons = new(() => SkeletonTable(reader));

    // Words of the query with no vowel that no code holds, starts no title word and the vocabulary does not know, read
    // as the most common title word with those consonants in that order. Null when no word changed.
    private string? Skeletons(string text)
    {
        var words = text.Split(' ');
        var changedAny = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (SkeletonWord(words[i]) is not { } read) continue;
            words[i] = read;
            changedAny = true;
        }
        return changedAny ? string.Join(' ', words) : null;
    }

    private string? SkeletonWord(string word)
    {
        if (word.Length < MinSkeletonLength || word.Length > MaxSkeletonLength || !word.All(char.IsAsciiLetterLower)) return null;
        if (word.Any(IsVowel) || Skeleton(word) != word) return null;
        if (vocabulary.Find(word) is not null || vocabulary.TermWords.Contains(word)) return null;
        // The plural of a vocabulary abbreviation ("stds", "utis") is that abbreviation, not a word without vowels.
        if (word.EndsWith('s') && vocabulary.TermWords.Contains(word[..^1])) return null;
        if (QueryTokens.Analyze(word) is not [var token] || Known(token) || StartsWords(word)) return null;
        return _skeletons.Value.GetValueOrDefault(word);
    }

    /// <summary>The word's consonants in order, a doubled one once ("weeks" → wks, "heart" → hrt, "bladder" → bldr).</summary>
    internal static string Skeleton(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            if (IsVowel(c) || (chars.Count > 0 && chars[^1] == c)) continue;
            chars.Add(c);
        }
        return new string([.. chars]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Dictionary<string, string> SkeletonTable(IndexReader reader)
    {
        var best = new Dictionary<string, (string Word, int Codes)>(StringComparer.Ordinal);
        if (MultiFields.GetTerms(reader, DescriptionRaw) is { } terms)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                if (e.DocFreq < MinSkeletonCodes) continue;
                var word = e.Term.Utf8ToString();
                if (!word.All(char.IsAsciiLetterLower) || !word.Any(IsVowel)) continue;
                var key = Skeleton(word);
                if (key.Length < MinSkeletonLength || key.Length > MaxSkeletonLength || key[0] != word[0]) continue;
                if (!best.TryGetValue(key, out var had) || e.DocFreq > had.Codes) best[key] = (word, e.DocFreq);
            }
        }
        return best.ToDictionary(p => p.Key, p => p.Value.Word, StringComparer.Ordinal);
    }
}
