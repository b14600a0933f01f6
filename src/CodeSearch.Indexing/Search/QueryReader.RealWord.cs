using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

// An English word that no code holds, told from a misspelling (docs/search.md, "Misspellings", "A real word is not
// respelled"): "limping" is not a slip for living, nor "retaining" for regaining, nor "poop" for pool.
internal sealed partial class QueryReader
{
    // Whether the word no code holds is a word in its own right rather than a slip for the correction: the correction does
    // not sound like it, and either a consonant of the word became another (typos drop, double, add or swap letters and
    // mix up vowels; they seldom turn limp into liv, drool into drown, poop into pool), or the word is a regular
    // inflection of a word some title or index term holds ("retaining": retained; "play": playing), or a word of a
    // vocabulary phrase ("poop", "things").
    private bool RealWord(string word, string best)
    {
        if (PhoneticKey.Of(word) == PhoneticKey.Of(best) || SharedPrefix(word, best) >= SharedStemLength) return false;
        return (word.Length <= MaxUnfitKeptLength && ConsonantChanged(word, best)) || InflectionHeld(word) || _phraseWords.Value.Contains(word);
    }

    /// <summary>A correction that keeps at least this many first letters of the word changes only its ending ("concentrating": concentration), not its stem.</summary>
    public const int SharedStemLength = 6;

    // Whether each word has a consonant the other lacks: a letter turned into another, not one dropped, doubled or added.
    // The letters for one sound count as one (c, k, q, s, x, z: "alopesia" is a slip for alopecia), so do a voiced
    // consonant and its unvoiced twin (d/t, b/p, g/k, v/f: "sciadica" is a slip for sciatica), and h is left out
    // (ph, sh, th, ch: "alopesha").
    internal static bool ConsonantChanged(string word, string other)
    {
        var (mine, theirs) = (Consonants(word), Consonants(other));
        return !mine.IsSubsetOf(theirs) && !theirs.IsSubsetOf(mine);
    }

    private static HashSet<char> Consonants(string word) =>
        word.Where(c => c is >= 'a' and <= 'z' && "aeiouyh".IndexOf(c) < 0).Select(SoundOf).ToHashSet();

    private static char SoundOf(char c) => c switch
    {
        'c' or 'g' or 'k' or 'q' or 's' or 'x' or 'z' => 'k',
        'd' => 't',
        'b' => 'p',
        'v' => 'f',
        _ => c,
    };

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    // A regular inflection of a word some code holds, or a word whose regular inflection some code holds.
    private bool InflectionHeld(string word)
    {
        IEnumerable<string> forms = QueryWordForms.Inflections(word).Concat(QueryWordForms.Singulars(word));
        if (!word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith('s'))
        {
            forms = forms.Concat([word + "ing", word + "ed", word + "s"]);
        }
        return forms.Any(f => f != word && RawCodes(f) > 0);
    }

    // The words of the vocabulary's phrases of two words or more, everyday words the vocabulary writes ("seeing things").
    private readonly Lazy<HashSet<string>> _phraseWords = new(() => vocabulary.Terms.Where(t => t.Term.Contains(' '))
        .SelectMany(t => t.Term.Split(' ')).Where(w => w.All(char.IsAsciiLetterLower)).ToHashSet(StringComparer.Ordinal));
}
