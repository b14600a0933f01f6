namespace CodeSearch.Core.Vocabulary;

/// <summary>A stretch of the query read as a vocabulary term.</summary>
/// <param name="Written">The words as written (lower case).</param>
/// <param name="Reading">The reading used.</param>
/// <param name="Term">The term matched, with its other readings.</param>
public sealed record VocabularyMatch(string Written, string Reading, VocabularyTerm Term);

/// <summary>A query with its vocabulary terms replaced by their readings.</summary>
/// <param name="Text">The rewritten query; ends in a space when the original did or when its last word was replaced.</param>
/// <param name="Matches">The terms replaced, in query order.</param>
public sealed record VocabularyRewrite(string Text, IReadOnlyList<VocabularyMatch> Matches);

/// <summary>
/// Replaces the abbreviations, lay terms and eponyms of a query with their reading, longest term first, word by word
/// ("high blood pressure" before "blood"). The reading is the first one, unless the query's other words are context
/// words of another (<see cref="VocabularyTerm.ReadingAmong"/>: "ms murmur" reads mitral stenosis). A reading that is the
/// term itself keeps the words as written and is not a match: an abbreviation that is also an everyday word or a word
/// of the titles ("as", "pad", "all") reads clinically only beside its context words ("severe as" → aortic stenosis).
/// Words compare in lower case with surrounding punctuation trimmed.
/// A replaced last word counts as complete (the reading is not a prefix being typed).
/// </summary>
public static partial class VocabularyRewriter
{
    /// <summary>The reading of a filler phrase (terms.tsv <c>means</c> "-"): words a person adds that no title writes ("my", "a lot").</summary>
    public const string Filler = "-";

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '"', '[', ']'];

    /// <summary>
    /// Rewrites <paramref name="text"/> (normalised query text); <paramref name="accept"/> may refuse a match (e.g. an
    /// abbreviation that is also a common word of the code titles).
    /// </summary>
    public static VocabularyRewrite Rewrite(ClinicalVocabulary vocabulary, string text, Func<VocabularyTerm, bool>? accept = null)
    {
        var matches = new List<VocabularyMatch>();
        var words = WithoutFiller(vocabulary, text.Split(' ', StringSplitOptions.RemoveEmptyEntries), accept, matches);
        var keys = words.Select(w => w.Trim(Punctuation)).ToArray();
        var output = new List<string>(words.Length);
        var lastReplaced = false;
        // The word being typed may end a term of two or more words ("sore thr" → sore throat, "high blood pres").
        var typing = text.Length > 0 && !text.EndsWith(' ') && keys.Length > 0 && keys[^1].Length >= MinCompletedTermLetters
                     && keys[^1] == words[^1];
        for (var i = 0; i < words.Length;)
        {
            var matched = false;
            for (var n = Math.Min(vocabulary.MaxWords, words.Length - i); n >= 1 && !matched; n--)
            {
                var written = string.Join(' ', keys, i, n);
                var term = vocabulary.Find(written);
                if (term is null && typing && n >= 2 && i + n == words.Length) term = vocabulary.Completing(written);
                // A lay term written in another order or with other joining words ("knee swollen" → swollen knee).
                if (term is null && n >= 2) term = vocabulary.InOtherOrder(keys[i..(i + n)]);
                if (term is null || (accept is not null && !accept(term))) continue;
                var reading = term.ReadingAmong(OtherWords(vocabulary, keys, i, n, accept));
                if (reading == term.Term && SideAtEdge(term, keys, i, n) is { } side) reading = side;
                if (reading == term.Term)
                {
                    // The term's own words are its reading here ("as" without a valve word): keep them as written.
                    output.AddRange(words.Skip(i).Take(n));
                    lastReplaced = false;
                    i += n;
                    matched = true;
                    continue;
                }
                matches.Add(new VocabularyMatch(written, reading, term));
                if (reading != Filler) output.Add(reading);
                lastReplaced = i + n == words.Length;
                i += n;
                matched = true;
            }
            if (matched) continue;
            if (Series(vocabulary, keys[i], accept) is { } series)
            {
                var reading = series.Before + series.Term.Readings[0] + " type " + series.Subtype;
                matches.Add(new VocabularyMatch(keys[i], reading, series.Term));
                output.Add(reading);
                lastReplaced = i == words.Length - 1;
                i++;
                continue;
            }
            output.Add(words[i]);
            i++;
        }
        // A query of filler words only is searched as written.
        if (matches.Count == 0 || output.Count == 0) return new VocabularyRewrite(text, []);
        var trailing = text.EndsWith(' ') || lastReplaced ? " " : "";
        return new VocabularyRewrite(string.Join(' ', output) + trailing, matches);
    }

    /// <summary>
    /// The words that can choose a reading of the term at <paramref name="start"/> (<paramref name="count"/> words): the
    /// query's other words as written, and the words of the first reading of every other term written in the query, so
    /// that shorthand beside shorthand is read: "l bka" → left (bka reads "… leg below knee": "leg" is a context word of
    /// "l"), "hd wc" → heavy duty (wc reads "wheelchair"), "dry amd ou" → bilateral (amd reads "… macular degeneration").
    /// </summary>
    private static List<string> OtherWords(ClinicalVocabulary vocabulary, string[] keys, int start, int count, Func<VocabularyTerm, bool>? accept)
    {
        var other = keys.Where((_, k) => k < start || k >= start + count).ToList();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i >= start && i < start + count) continue;
            for (var n = Math.Min(vocabulary.MaxWords, keys.Length - i); n >= 1; n--)
            {
                if (i < start && i + n > start) continue;
                var term = vocabulary.Find(string.Join(' ', keys, i, n));
                if (term is null || term.ReadsAsWritten || term.Readings[0] == Filler || (accept is not null && !accept(term))) continue;
                other.AddRange(term.Readings[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                break;
            }
        }
        return other;
    }

    /// <summary>The side readings a side letter may take at the query's edge (<see cref="SideAtEdge"/>).</summary>
    private static readonly HashSet<string> EdgeSides = new(StringComparer.Ordinal) { "left", "right" };

    /// <summary>
    /// A side letter kept as written ("r", "l": a reading of its own is <c>right</c> or <c>left</c>) that opens or ends
    /// a query of other words, one of them a word of three letters or more, reads as its side even with no body-part
    /// word beside it: clinicians put the side first or last ("rtc tear r", "tmj l", "r 5th finger fx"). A letter
    /// before "spine" is its level ("l spine": lumbar), and one after a naming noun a designation ("vitamin l", "type
    /// r"). Null when the term is no side letter or stands inside the query.
    /// </summary>
    private static string? SideAtEdge(VocabularyTerm term, string[] keys, int start, int count)
    {
        if (!term.ReadsAsWritten || count != 1 || keys.Length < 2) return null;
        if (start != 0 && start + count != keys.Length) return null;
        // "l spine" is the lumbar spine ("c spine", "t spine"): a level, not a side.
        if (start + 1 < keys.Length && keys[start + 1] == "spine") return null;
        // After a naming noun the letter is a designation ("vitamin l", "factor v", "type a").
        if (start > 0 && DesignatingNouns.Contains(keys[start - 1])) return null;
        if (!keys.Where((_, k) => k != start).Any(w => w.Length >= MinEdgeSideNeighbour && w.All(char.IsAsciiLetter))) return null;
        return term.Readings.FirstOrDefault(EdgeSides.Contains);
    }

    // Nouns a letter after which names a kind, not a side.
    private static readonly HashSet<string> DesignatingNouns = new(StringComparer.Ordinal)
    {
        "vitamin", "hepatitis", "factor", "type", "group", "class", "stage", "grade", "phase", "lead", "protein",
        "antigen", "complex", "zone", "strep", "streptococcus", "influenza", "hemoglobin", "blood", "cluster", "leads",
    };

    /// <summary>Fewest letters of a word beside a side letter at the query's edge that makes the letter a side.</summary>
    public const int MinEdgeSideNeighbour = 3;

    /// <summary>Fewest letters of the word being typed that complete a term of several words.</summary>
    public const int MinCompletedTermLetters = 2;

    // Drops the filler phrases ("my", "a lot": terms read as nothing), so the words around them are read together
    // ("rolled my ankle" → rolled ankle). A filler that starts a longer term ("keeps falling") is left to it; a query of
    // filler only keeps its words.
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an" };

    private static string[] WithoutFiller(ClinicalVocabulary vocabulary, string[] words, Func<VocabularyTerm, bool>? accept, List<VocabularyMatch> matches)
    {
        var keys = words.Select(w => w.Trim(Punctuation)).ToArray();
        var kept = new List<string>(words.Length);
        var dropped = new List<VocabularyMatch>();
        for (var i = 0; i < words.Length;)
        {
            var n = Math.Min(vocabulary.MaxWords, words.Length - i);
            VocabularyTerm? term = null;
            for (; n >= 1; n--)
            {
                term = vocabulary.Find(string.Join(' ', keys, i, n));
                if (term is not null && (accept is null || accept(term))) break;
                term = null;
            }
            if (term is { Readings: [Filler, ..] })
            {
                dropped.Add(new VocabularyMatch(string.Join(' ', keys, i, n), Filler, term));
                i += n;
                continue;
            }
            // An article opening what is left ("my baby has a fever" → fever): the titles' letter "A" (Paratyphoid
            // fever A, hepatitis a) follows its noun, so a leading "a" is no designation.
            if (term is null && kept.Count == 0 && i < words.Length - 1 && Articles.Contains(keys[i]))
            {
                dropped.Add(new VocabularyMatch(keys[i], Filler, new VocabularyTerm(keys[i], [Filler], TermKind.Lay)));
                i++;
                continue;
            }
            var take = term is null ? 1 : n;
            kept.AddRange(words.Skip(i).Take(take));
            i += take;
        }
        if (kept.Count == 0 || dropped.Count == 0) return words;
        matches.AddRange(dropped);
        return [.. kept];
    }

    /// <summary>
    /// A numbered member of a series written as one word: the abbreviation of the series, then its type number (Arabic
    /// or Roman) with at most two letters or digits after it ("cmt2a", "spg11", "nf1", "lgmd-2b", "mpsiiia"), when the
    /// abbreviation is a series of the vocabulary (<see cref="TermKind.Series"/>) and the whole word is not a term
    /// itself. A hyphenated word is read in its last part and keeps the parts before it ("ar-cmt2c" → ar charcot marie
    /// tooth type 2c).
    /// </summary>
    private static (VocabularyTerm Term, string Subtype, string Before)? Series(ClinicalVocabulary vocabulary, string word, Func<VocabularyTerm, bool>? accept)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && !SubtypeShape().IsMatch(word[(hyphen + 1)..]))
        {
            return Series(vocabulary, word[(hyphen + 1)..], accept) is { } part
                ? (part.Term, part.Subtype, word[..hyphen].Replace('-', ' ') + " ")
                : null;
        }
        for (var length = Math.Min(MaxSeriesLetters, word.Length - 1); length >= MinSeriesLetters; length--)
        {
            if (!word[..length].All(char.IsAsciiLetterLower)) continue;
            var subtype = word[length..].TrimStart('-');
            if (!SubtypeShape().IsMatch(subtype)) continue;
            if (vocabulary.Find(word[..length]) is { Kind: TermKind.Series } term && (accept is null || accept(term))) return (term, subtype, "");
        }
        return null;
    }

    private const int MinSeriesLetters = 2;
    private const int MaxSeriesLetters = 6;

    // A type number: one to three digits then at most two letters and a digit ("2", "11", "2a", "4b1"), or a Roman
    // numeral to twelve but a lone "x" (the X of "cmtx" is the X chromosome), with at most one letter ("iii", "iiia", "ivb").
    [System.Text.RegularExpressions.GeneratedRegex("^([0-9]{1,3}[a-z]{0,2}[0-9]?|(i{1,3}|iv|vi{0,3}|ix|xi{1,2})[a-d]?)$")]
    private static partial System.Text.RegularExpressions.Regex SubtypeShape();
}
