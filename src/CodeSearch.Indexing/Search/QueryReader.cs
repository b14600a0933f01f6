using CodeSearch.Core;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Reads a query the way a person meant it, before the word tiers run (docs/search.md, "Reading the query"):
/// vocabulary terms become their first reading (<see cref="ClinicalVocabulary"/>: "afib" → atrial fibrillation,
/// "high blood pressure" → hypertension), a complete word no code holds but that starts indexed words becomes the
/// most common of them when that one is common ("fract" → fracture), and a word that is neither is corrected to the closest word of the
/// descriptions (Damerau edit distance 1 for 4–5 letters, 2 from 6 letters when the word found starts with the same
/// letter and at least 3 codes hold it; the most common at the smallest distance; the word and its plural-free form).
/// Code-shaped queries are left alone. Costs a few term-dictionary lookups per word; the correction
/// (<see cref="SpellingTable"/>) runs only for words that match nothing.
/// </summary>
internal sealed partial class QueryReader(IndexReader reader, ClinicalVocabulary vocabulary)
{
    /// <summary>An abbreviation taken from the suggestion list that this many codes hold as a word is read as written.</summary>
    public const int AbbreviationWordCodes = 20;

    /// <summary>Shortest word corrected for spelling.</summary>
    public const int MinCorrectedLength = 4;

    /// <summary>Shortest word completed to its most common indexed form.</summary>
    public const int MinCompletedLength = 3;

    /// <summary>
    /// Fewest letters of the word being typed that the word before it completes (<see cref="PhraseCompletion"/>):
    /// two, where a word alone needs <see cref="MinCompletedLength"/> ("congestive heart fa" → failure, "myasthenia gr"
    /// → gravis; "fa" alone is completed by nothing).
    /// </summary>
    public const int MinPhraseCompletedLength = 2;

    /// <summary>A complete word that matches nothing is completed only to a word at least this many codes hold ("fract" → fracture), not to a rare one.</summary>
    public const int MinCompletionCodes = 100;

    /// <summary>A correction two edits away must be a word at least this many codes hold, and start with the same letter.</summary>
    public const int MinTwoEditCodes = 3;

    /// <summary>Shortest word corrected by two edits.</summary>
    public const int MinTwoEditLength = 6;

    /// <summary>How much closer (in <see cref="SpellingTable.Cost"/>) an index-term word must be than the closest description word to be taken instead.</summary>
    public const double IndexTermCloser = 2.0;

    /// <summary>Most indexed words looked at to find the most common completion.</summary>
    public const int MaxCompletionsScanned = 2000;

    private readonly Terms? _raw = MultiFields.GetTerms(reader, DescriptionRaw);

    /// <summary>
    /// Reads <paramref name="text"/>; <paramref name="admit"/>, when given, says which vocabulary terms may be read (a
    /// search in one code system reads no other system's procedure or product names: <see cref="SystemReading"/>).
    /// </summary>
    public UnderstoodQuery Read(string text, Func<VocabularyTerm, bool>? admit = null)
    {
        // A chromosome band ("17q12") reads as the part of a chromosome the titles name (ChromosomeBands).
        var banded = CodeFormat.LooksLikeCode(text.Trim(), out _) ? text : ChromosomeBands.Read(text);
        var changed = !ReferenceEquals(banded, text);
        text = banded;
        if (!CodeFormat.LooksLikeCode(text.Trim(), out _) && SidesFirst(text, admit) is { } sided)
        {
            text = sided;
            changed = true;
        }
        if (!CodeFormat.LooksLikeCode(text.Trim(), out _) && BloodLevels(text) is { } leveled)
        {
            text = leveled;
            changed = true;
        }
        if (!CodeFormat.LooksLikeCode(text.Trim(), out _) && ReadAges(text) is { } aged)
        {
            text = aged;
            changed = true;
        }
        if (!CodeFormat.LooksLikeCode(text.Trim(), out _) && Skeletons(text) is { } skeletal)
        {
            text = skeletal;
            changed = true;
        }
        if (!CodeFormat.LooksLikeCode(text.Trim(), out _) && VocabularyForms(text, admit) is { } formed)
        {
            text = formed;
            changed = true;
        }
        if (!CodeFormat.LooksLikeCode(text.Trim(), out _) && VocabularySpelling(text) is { } respelled)
        {
            text = respelled;
            changed = true;
        }
        var rewrite = VocabularyRewriter.Rewrite(vocabulary, text, admit is null ? Accept : t => Accept(t) && admit(t));
        if (CodeFormat.LooksLikeCode(text.Trim(), out _))
        {
            // A code-shaped query ("t2dm", "b12") is only read through the vocabulary; it is never respelled.
            var read = rewrite.Matches.Count > 0 ? rewrite.Text.Trim() : null;
            return new UnderstoodQuery(rewrite.Text, read, rewrite.Text);
        }
        var from = rewrite.Text;
        var words = from.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var typing = !from.EndsWith(' ') && from.Length > 0 && char.IsLetterOrDigit(from[^1]);
        var replacedWords = rewrite.Matches.SelectMany(m => m.Reading.Split(' ')).ToHashSet(StringComparer.Ordinal);
        changed |= rewrite.Matches.Count > 0;
        var lastCompleted = false;
        var stemmedWords = words.Select(w => QueryTokens.Analyze(w) is [var t] && t.Raw.Length >= MinCompletedLength
            && !StopWords.Contains(t.Stemmed) ? t.Stemmed : null).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (replacedWords.Contains(words[i])) continue;
            var being = typing && i == words.Length - 1;
            // A part of a word being typed is in the context too: no code holds it, so it counts for nothing.
            var others = stemmedWords.Where((w, k) => k != i && w is not null).Select(w => w!).ToList();
            var rawOthers = words.Where((_, k) => k != i).ToList();
            if (Fix(words[i], being, others, rawOthers) is not { } fixedWord) continue;
            words[i] = fixedWord;
            changed = true;
            if (i == words.Length - 1) lastCompleted = true;
        }
        var searched = string.Join(' ', words) + (from.EndsWith(' ') || lastCompleted ? " " : "");
        var completed = searched;
        // A word being typed that is already a whole indexed word is taken as it stands ("eczema" names the entry Eczema,
        // not the more common "eczematous"); a part of a word is completed ("type 2 diab" → type 2 diabetes).
        if (typing && !lastCompleted && words.Length > 0 && !WholeWord(words[^1]) && CompletionAfter(words) is { } common)
        {
            completed = string.Join(' ', words[..^1].Append(common));
        }
        return new UnderstoodQuery(searched, changed ? searched.Trim() : null, completed);
    }

    // The word being typed completed by the content word before it (PhraseCompletion), else by how common it is alone.
    private string? CompletionAfter(string[] words)
    {
        var prefix = words[^1];
        if (prefix.Length < MinPhraseCompletedLength || !prefix.All(char.IsAsciiLetter)) return null;
        for (var i = words.Length - 2; i >= 0; i--)
        {
            if (StopWords.Contains(words[i])) continue;
            if (PhraseCompletion.After(reader, words[i], prefix) is { } phrased) return phrased;
            break;
        }
        return prefix.Length < MinCompletedLength ? null : Completion(prefix);
    }

    // A word of five letters or more that neither the index nor the vocabulary holds, one edit from a word of a
    // vocabulary term, is respelled before the vocabulary is read: "fibriods" -> fibroids, "shingels" -> shingles,
    // "chiken pox" -> chicken pox. Null when no word changed.
    private string? VocabularySpelling(string text)
    {
        var words = text.Split(' ');
        var changedAny = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < MinVocabularyCorrectedLength || !word.All(char.IsAsciiLetter)) continue;
            if (QueryTokens.Analyze(word) is not [var token] || Known(token) || HeldGerund(word) is not null) continue;
            if (VocabularyWord(word) is not { } close || RealWord(word, close)) continue;
            // A word being typed that starts indexed words is left to completion.
            if (i == words.Length - 1 && StartsWords(word)) continue;
            words[i] = close;
            changedAny = true;
        }
        return changedAny ? string.Join(' ', words) : null;
    }

    // The vocabulary word one edit away, or from six letters two edits away when it sounds alike ("shingells" →
    // shingles, not the title word shigella).
    private string? VocabularyWord(string word)
    {
        if (_vocabularyWords.Value.Closest(word, 1) is { Distance: 1 } close) return close.Word;
        if (word.Length < MinTwoEditLength) return null;
        // Only when the titles offer nothing as close: "diahrrea" is one edit from the title word diarrhea.
        if (Correct(word) is { } title && SpellingTable.Cost(word, title, EditDistance.AtMost(word, title, 3)) <= 1) return null;
        var key = PhoneticKey.Of(word);
        return _vocabularyWordList.Value.Where(v => v[0] == word[0] && Math.Abs(v.Length - word.Length) <= 2)
            .Where(v => EditDistance.AtMost(word, v, 2) == 2 && PhoneticKey.Of(v) == key)
            .Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private readonly Lazy<string[]> _vocabularyWordList = new(() => vocabulary.Terms.SelectMany(t => t.Term.Split(' '))
        .Where(w => w.Length >= MinVocabularyCorrectedLength && w.All(char.IsAsciiLetterLower)).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>Shortest word respelled to a vocabulary word.</summary>
    public const int MinVocabularyCorrectedLength = 5;

    private readonly Lazy<SpellingTable> _vocabularyWords = new(() => new SpellingTable(vocabulary.Terms
        .SelectMany(t => t.Term.Split(' '))
        .Where(w => w.Length >= MinVocabularyCorrectedLength)
        .Distinct(StringComparer.Ordinal)
        .Select(w => (w, 1))));

    private bool Accept(VocabularyTerm term) =>
        term.Curated || term.WordCount > 1 || RawCodes(term.Term) < AbbreviationWordCodes;

    // The replacement of one word, or null to keep it; others are the query's other words (stemmed), its context.
    private string? Fix(string word, bool beingTyped, IReadOnlyList<string> others, IReadOnlyList<string> rawOthers)
    {
        var tokens = QueryTokens.Analyze(word);
        if (tokens.Count != 1 || !tokens[0].Raw.All(char.IsAsciiLetter)) return null;
        var token = tokens[0];
        if (StopWords.Contains(token.Stemmed) || Contractions.Contains(token.Raw)) return null;
        if (Singular(token) is { } singular) return singular;
        if (IrregularBase(token) is { } based) return based;
        if (beingTyped)
        {
            // A start of some indexed word is served by completion; a longer typed word that starts nothing is misspelled,
            // unless it is the plural of a word some code holds ("blackheads": the index term Blackhead, not bulkhead).
            if (token.Raw.Length < MinCorrectedLength) return null;
            if (Known(token) && ConditionNoun(token, others) is { } noun) return noun;
            // A whole word is not a slip; letters that start only rare words may be ("colon cancr" → cancer).
            if (StartsWords(token.Raw)) return Known(token) ? null : RareCompletionSlip(token.Raw, WordBefore(rawOthers));
            return HeldSingular(token) ?? ConditionNoun(token, others) ?? CorrectAmong(token.Raw, others);
        }
        if (Known(token)) return RareMisspelling(token, others, shortOnly: false) ?? ConditionNoun(token, others);
        if (token.Raw.Length >= MinCompletedLength && StartsWords(token.Raw))
        {
            // A word written short before others ("irrit bow syn"): the completion the other words stand beside.
            if (ShortWordCompletion.Among(reader, token.Raw, rawOthers) is { } among) return among;
            return Completion(token.Raw) is { } completion && RawCodes(completion) >= MinCompletionCodes ? completion : LastLetterDropped(token.Raw);
        }
        // A word only short titles hold ("replacment") matches no long description: respelled beside the other words if
        // one fits them, else as any word no code holds.
        if (ShortDescriptionWord(token)) return RareMisspelling(token, others, shortOnly: true) ?? CorrectAmong(token.Raw, others);
        if (ConditionNoun(token, others) is { } named) return named;
        return token.Raw.Length >= MinCorrectedLength ? CorrectAmong(token.Raw, others) : null;
    }

    private bool Known(QueryToken token)
    {
        foreach (var form in WordForms.Of(token.Stemmed))
        {
            if (form.Length > 1) return true;
            var w = form[0];
            // Short descriptions do not count: their abbreviations ("fx", "fract") would keep a word that starts a full one.
            if (KeptDocFreqs.Of(reader, new Term(Description, w)) > 0 || KeptDocFreqs.Of(reader, new Term(Synonyms, w)) > 0) return true;
        }
        return false;
    }

    private bool WholeWord(string word) => QueryTokens.Analyze(word) is [var token] && Known(token);

    private bool ShortDescriptionWord(QueryToken token) => KeptDocFreqs.Of(reader, new Term(ShortDescription, token.Stemmed)) > 0;

    private bool StartsWords(string raw)
    {
        var key = raw.Length > DescriptionAnalyzer.MaxPrefixLength ? raw[..DescriptionAnalyzer.MaxPrefixLength] : raw;
        // The prefixes hold the short titles' abbreviations too ("cancr"): a long description or index term must start with it.
        return KeptDocFreqs.Of(reader, new Term(Prefixes, key)) > 0 && (Completion(raw) is not null || IndexTermStarts(raw));
    }

    private readonly Terms? _synonyms = MultiFields.GetTerms(reader, Synonyms);

    // Whether some word of the index terms starts with the letters (the field is stemmed; a prefix stems to itself mostly).
    private bool IndexTermStarts(string raw)
    {
        if (_synonyms is null || raw.Length < MinPhraseCompletedLength) return false;
        // Or a plural whose singular is a whole word of them ("flashes", "steatosis"): the field holds the stemmed form.
        return Starts(raw) || (QueryTokens.Analyze(raw) is [var token] && token.Stemmed != raw
            && KeptDocFreqs.Of(reader, new Term(Synonyms, token.Stemmed)) > 0);

        bool Starts(string letters)
        {
            var terms = _synonyms.GetEnumerator();
            var start = new BytesRef(letters);
            return terms.SeekCeil(start) != TermsEnum.SeekStatus.END && StringHelper.StartsWith(terms.Term, start);
        }
    }

    private int RawCodes(string word) => KeptDocFreqs.Of(reader, new Term(DescriptionRaw, word));

    /// <summary>The most common long-description word starting with <paramref name="prefix"/> (itself included), or null.</summary>
    public string? Completion(string prefix)
    {
        if (_raw is null || prefix.Length < MinCompletedLength || !prefix.All(char.IsAsciiLetter)) return null;
        var terms = _raw.GetEnumerator();
        var start = new BytesRef(prefix);
        if (terms.SeekCeil(start) == TermsEnum.SeekStatus.END) return null;
        string? best = null;
        var bestCount = 0;
        var scanned = 0;
        do
        {
            if (!StringHelper.StartsWith(terms.Term, start)) break;
            if (terms.DocFreq > bestCount)
            {
                bestCount = terms.DocFreq;
                best = terms.Term.Utf8ToString();
            }
        }
        while (++scanned < MaxCompletionsScanned && terms.MoveNext());
        return best;
    }

    /// <summary>The closest description word to a word no code holds, or null when none is close enough.</summary>
    public string? Correct(string word)
    {
        if (_raw is null || word.Length < MinCorrectedLength) return null;
        // Words recur across queries and the answer depends only on this generation's terms: keep it (bounded).
        if (_corrections.TryGetValue(word, out var known)) return known;
        var corrected = CorrectUncached(word);
        return _corrections.GetOrAdd(word, corrected);
    }

    private const int MaxCachedCorrections = 50_000;
    private readonly BoundedCache<string, string?> _corrections = new(MaxCachedCorrections, StringComparer.Ordinal);

    // The words corrections may lead to, in memory once the first correction is asked for.
    private readonly Lazy<SpellingTable> _rawWords = new(() => SpellingTable.Of(reader, DescriptionRaw));
    private readonly Lazy<SpellingTable> _stemmedWords = new(() => SpellingTable.Of(reader, Description));
    private readonly Lazy<SpellingTable> _synonymWords = new(() => SpellingTable.Of(reader, Synonyms));

    private string? CorrectUncached(string word)
    {
        var maxEdits = word.Length < MinTwoEditLength ? 1 : 2;
        var best = _rawWords.Value.Closest(word, maxEdits);
        // The plural-free form too: "alzhiemers" is one swap from the indexed "alzheimer".
        var stemmed = QueryTokens.Analyze(word)[0].Stemmed;
        if (stemmed != word && _stemmedWords.Value.Closest(stemmed, maxEdits) is { } other
            && (best is null || SpellingTable.Cost(stemmed, other.Word, other.Distance) < SpellingTable.Cost(word, best.Value.Word, best.Value.Distance)))
        {
            best = other;
        }
        // Index terms hold words the long descriptions do not ("osteopenia", "hiatal"): the last resort, or taken when
        // clearly closer than the description word ("melazma" → melasma, one edit and the same sound, not melanoma).
        if (_synonymWords.Value.Closest(stemmed, maxEdits) is { } indexed
            && (best is null || SpellingTable.Cost(stemmed, indexed.Word, indexed.Distance) + IndexTermCloser
                <= SpellingTable.Cost(word, best.Value.Word, best.Value.Distance)))
        {
            best = indexed;
        }
        return best?.Word;
    }
}
