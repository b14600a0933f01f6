using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The words of one indexed field that a misspelled query word may be corrected to (words of ASCII letters), with how
/// many codes hold each, held in memory for one generation (<see cref="QueryReader"/>). Candidates come from three
/// places, none of them a Levenshtein automaton per word: every one-edit variant of the word looked up; the words that
/// start with the same letter, differ in length by at most two, that enough codes hold and that are two edits away;
/// and the words that sound alike (<see cref="PhoneticKey"/>) a few edits away. The candidate of lowest
/// <see cref="Cost"/> wins, then the one more codes hold, then the first in term order.
/// </summary>
internal sealed class SpellingTable
{
    private readonly Dictionary<string, int> _codes;
    private readonly char[] _alphabet;
    // Words held by at least MinTwoEditCodes codes, by first letter and length: the only ones two edits may reach.
    private readonly Dictionary<(char First, int Length), (string Word, int Codes)[]> _twoEditCandidates;
    // Words held by at least MinTwoEditCodes codes, by how they sound.
    private readonly Dictionary<string, (string Word, int Codes)[]> _soundAlike;

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
        _soundAlike = _codes.Where(w => w.Value >= QueryReader.MinTwoEditCodes && w.Key.Length >= MinSoundAlikeLength)
            .GroupBy(w => PhoneticKey.Of(w.Key), StringComparer.Ordinal)
            .Where(g => g.Key.Length >= MinSoundAlikeKey || g.Key.Length == ShortSoundAlikeKey)
            .ToDictionary(g => g.Key, g => g.Select(w => (w.Key, w.Value)).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Shortest word found by how it sounds.</summary>
    public const int MinSoundAlikeLength = 4;

    /// <summary>Shortest phonetic key looked up: a key of one or two consonants is shared by too many words.</summary>
    public const int MinSoundAlikeKey = 3;

    /// <summary>
    /// A key of two consonants is shared by many short words ("door", "dry") but by few long ones: a word of at least
    /// <see cref="MinShortKeyWordLength"/> letters with such a key sounds alike a word of the same key and first letter that
    /// is as long ("diaherea" → diarrhea, key D R; before, nothing was found).
    /// </summary>
    public const int ShortSoundAlikeKey = 2;

    /// <summary>Shortest word (typed and candidate) that a two-consonant key (<see cref="ShortSoundAlikeKey"/>) is taken for.</summary>
    public const int MinShortKeyWordLength = 6;

    /// <summary>Most edits between a word and a word that sounds alike.</summary>
    public const int MaxSoundAlikeEdits = 3;

    /// <summary>What a sound-alike candidate saves on its edit distance ("exema" → eczema, two edits, before edema, one).</summary>
    public const double SoundAlikeBonus = 1.5;

    /// <summary>What a candidate whose first letter differs from the word's pays, unless it sounds alike: people rarely
    /// mistype the first letter ("artial" → atrial before partial).</summary>
    public const double OtherFirstLetterCost = 0.5;

    /// <summary>
    /// How far <paramref name="candidate"/>, <paramref name="distance"/> edits from <paramref name="typed"/>, is from what
    /// was meant: the edit distance, less <see cref="SoundAlikeBonus"/> when both sound alike, plus
    /// <see cref="OtherFirstLetterCost"/> when they start with other letters and do not.
    /// </summary>
    public static double Cost(string typed, string candidate, int distance)
    {
        if (distance == 0) return 0;
        if (SoundsAlike(typed, candidate)) return distance - SoundAlikeBonus;
        return typed[0] != candidate[0] ? distance + OtherFirstLetterCost : distance;
    }

    /// <summary>
    /// Whether two words sound alike: the same <see cref="PhoneticKey"/> of at least <see cref="MinSoundAlikeKey"/>
    /// consonants, or of <see cref="ShortSoundAlikeKey"/> between two words of at least
    /// <see cref="MinShortKeyWordLength"/> letters with the same first letter.
    /// </summary>
    public static bool SoundsAlike(string typed, string candidate)
    {
        if (typed.Length < MinSoundAlikeLength) return false;
        var key = PhoneticKey.Of(typed);
        if (key.Length < ShortSoundAlikeKey || key != PhoneticKey.Of(candidate)) return false;
        return key.Length >= MinSoundAlikeKey
            || (typed.Length >= MinShortKeyWordLength && candidate.Length >= MinShortKeyWordLength && typed[0] == candidate[0]);
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
    /// The closest word to <paramref name="word"/> (itself when held): of the words at most <paramref name="maxEdits"/>
    /// (1 or 2) edits away, and the words that sound alike at most one edit more (and at most
    /// <see cref="MaxSoundAlikeEdits"/>), the one of lowest <see cref="Cost"/>; a word two edits away that does not sound
    /// alike must start with the same letter. A candidate other than a one-edit variant must be held by at least
    /// <see cref="QueryReader.MinTwoEditCodes"/> codes. Null when there is none.
    /// </summary>
    public (string Word, int Distance)? Closest(string word, int maxEdits) =>
        _codes.ContainsKey(word) ? (word, 0) : Candidates(word, maxEdits, 1) is [var best, ..] ? (best.Word, best.Distance) : null;

    /// <summary>
    /// The <paramref name="count"/> best corrections of <paramref name="word"/> other than itself, best first (the order
    /// of <see cref="Closest"/>), with their distance, cost and how many codes hold them.
    /// </summary>
    public IReadOnlyList<SpellingCandidate> Candidates(string word, int maxEdits, int count)
    {
        if (word.Length == 0) return [];
        var found = new Dictionary<string, SpellingCandidate>(StringComparer.Ordinal);
        void Consider(string candidate, int distance, int codes)
        {
            if (candidate == word || found.ContainsKey(candidate)) return;
            found[candidate] = new SpellingCandidate(candidate, distance, Cost(word, candidate, distance), codes);
        }
        foreach (var (candidate, codes) in OneEdits(word)) Consider(candidate, 1, codes);
        SoundAlike(word, Math.Min(MaxSoundAlikeEdits, maxEdits + 1), Consider);
        // A candidate two edits away that does not sound alike costs 2 and more: only looked for when nothing cheaper was found.
        if (maxEdits >= 2 && !found.Values.Any(c => c.Cost < 2)) TwoEdits(word, Consider);
        return found.Values
            .OrderBy(c => c.Cost).ThenByDescending(c => c.Codes).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Take(count).ToList();
    }

    /// <summary>How many codes hold <paramref name="word"/> (0 when none).</summary>
    public int CodesOf(string word) => _codes.GetValueOrDefault(word);

    private void SoundAlike(string word, int maxEdits, Action<string, int, int> consider)
    {
        if (word.Length < MinSoundAlikeLength || !_soundAlike.TryGetValue(PhoneticKey.Of(word), out var alike)) return;
        foreach (var (candidate, codes) in alike)
        {
            if (!SoundsAlike(word, candidate)) continue;
            var distance = EditDistance.AtMost(word, candidate, maxEdits);
            if (distance <= maxEdits && distance > 0) consider(candidate, distance, codes);
        }
    }

    // Every one-edit variant is written into one buffer and looked up as characters: only a held word's string (the
    // table's own) is kept, where a new string per variant (about 55 per letter) was most of a first correction's bytes.
    private IEnumerable<(string Word, int Codes)> OneEdits(string word)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var held = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        void Consider(ReadOnlySpan<char> candidate)
        {
            if (held.TryGetValue(candidate, out var key, out var codes)) found[key] = codes;
        }
        Span<char> buffer = stackalloc char[word.Length + 1];
        for (var i = 0; i < word.Length; i++)
        {
            // Deletion of letter i.
            word.AsSpan(0, i).CopyTo(buffer);
            word.AsSpan(i + 1).CopyTo(buffer[i..]);
            Consider(buffer[..(word.Length - 1)]);
            // Swap of letters i and i + 1.
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                word.CopyTo(buffer);
                (buffer[i], buffer[i + 1]) = (buffer[i + 1], buffer[i]);
                Consider(buffer[..word.Length]);
            }
            // Substitution of letter i.
            word.CopyTo(buffer);
            foreach (var c in _alphabet)
            {
                if (c == word[i]) continue;
                buffer[i] = c;
                Consider(buffer[..word.Length]);
            }
        }
        // Insertion before letter i (i = length: at the end).
        for (var i = 0; i <= word.Length; i++)
        {
            word.AsSpan(0, i).CopyTo(buffer);
            word.AsSpan(i).CopyTo(buffer[(i + 1)..]);
            foreach (var c in _alphabet)
            {
                buffer[i] = c;
                Consider(buffer);
            }
        }
        return found.Select(f => (f.Key, f.Value));
    }

    private void TwoEdits(string word, Action<string, int, int> consider)
    {
        for (var length = Math.Max(1, word.Length - 2); length <= word.Length + 2; length++)
        {
            if (!_twoEditCandidates.TryGetValue((word[0], length), out var candidates)) continue;
            foreach (var (candidate, codes) in candidates)
            {
                if (EditDistance.AtMost(word, candidate, 2) == 2) consider(candidate, 2, codes);
            }
        }
    }
}

/// <summary>A correction of a word: the word, its edit distance, its <see cref="SpellingTable.Cost"/> and how many codes hold it.</summary>
internal readonly record struct SpellingCandidate(string Word, int Distance, double Cost, int Codes);
