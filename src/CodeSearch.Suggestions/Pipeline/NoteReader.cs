using CodeSearch.Suggestions.Abbreviations;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Sections;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Pipeline;

/// <summary>
/// Stages 1-4 of the pipeline: sections, sentences, words, abbreviations. Works on the client's text directly, so
/// every offset it reports is an offset into that text; words are folded (case, accents) by <see cref="WordSplitter"/>.
/// Section headers themselves are not matched. A word of <see cref="WordVariants"/> ("lithiasis") also gets the words it
/// reads as ("calculus") on its own span, as an abbreviation's expansion does; so does a Roman numeral after a counting
/// word ("type I" also reads as "1", <see cref="RomanNumerals"/>), and a lay, eponym or synonym term of the shared
/// clinical vocabulary ("fibroids" also reads as "leiomyoma of uterus", <see cref="LayReadings"/>).
/// </summary>
public sealed class NoteReader(AbbreviationExpander abbreviations, WordVariants variants, LayReadings lay)
{
    /// <summary>A reader with the default abbreviation list, word variants and lay readings.</summary>
    public NoteReader() : this(new AbbreviationExpander(), WordVariants.Default, LayReadings.Default) { }

    /// <summary>A reader with the default word variants and lay readings.</summary>
    public NoteReader(AbbreviationExpander abbreviations) : this(abbreviations, WordVariants.Default, LayReadings.Default) { }

    /// <summary>A reader with the default lay readings.</summary>
    public NoteReader(AbbreviationExpander abbreviations, WordVariants variants) : this(abbreviations, variants, LayReadings.Default) { }

    /// <summary>The note's sentences with their words stemmed against <paramref name="vocabulary"/>.</summary>
    public List<NoteSentence> Read(string text, Vocabulary vocabulary, CancellationToken cancellationToken)
    {
        var sentences = new List<NoteSentence>();
        foreach (var section in SectionDetector.Detect(text))
        {
            foreach (var span in SentenceSplitter.Split(text, section.Body))
            {
                cancellationToken.ThrowIfCancellationRequested();
                sentences.Add(new NoteSentence(span, section.Kind, Words(text, span, vocabulary)));
            }
        }
        return sentences;
    }

    private Word[] Words(string text, TextSpan span, Vocabulary vocabulary)
    {
        var words = new List<Word>();
        var all = new List<(int Start, int End, string Folded)>();
        string? previous = null;
        WordSplitter.Split(text, span.Start, span.End, (start, end, folded) =>
        {
            all.Add((start, end, folded));
            // A stop word is not matched itself, but may read as a word of the classification ("both" as "bilateral").
            if (!StopWords.Contains(folded)) words.Add(new Word(start, end, vocabulary.Find(Stemmer.Stem(folded)), false));
            foreach (var reading in variants.ReadingsOf(folded)) words.Add(new Word(start, end, vocabulary.Find(Stemmer.Stem(reading)), true));
            if (RomanNumerals.DigitOf(previous, folded) is { } digit) words.Add(new Word(start, end, vocabulary.Find(digit), true));
            previous = folded;
        });
        if (lay.Count > 0)
        {
            foreach (var (first, last, reading) in lay.Find(all.Select(w => w.Folded).ToList()))
            {
                foreach (var w in reading) words.Add(new Word(all[first].Start, all[last].End, vocabulary.Find(Stemmer.Stem(w)), true));
            }
        }
        var tokens = Tokenizer.Tokenize(text, span).Select(t => new TokenSpan(t.Span.Start, t.Span.End, t.Text)).ToList();
        foreach (var match in abbreviations.Expand(text, tokens))
        {
            foreach (var w in WordSplitter.Words(match.Expansion))
            {
                if (!StopWords.Contains(w)) words.Add(new Word(match.Start, match.End, vocabulary.Find(Stemmer.Stem(w)), true));
            }
        }
        words.Sort((a, b) => a.Start.CompareTo(b.Start));
        return words.ToArray();
    }
}
