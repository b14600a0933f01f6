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
/// word ("type I" also reads as "1", <see cref="RomanNumerals"/>).
/// </summary>
public sealed class NoteReader(AbbreviationExpander abbreviations, WordVariants variants)
{
    /// <summary>A reader with the default abbreviation list and word variants.</summary>
    public NoteReader() : this(new AbbreviationExpander(), WordVariants.Default) { }

    /// <summary>A reader with the default word variants.</summary>
    public NoteReader(AbbreviationExpander abbreviations) : this(abbreviations, WordVariants.Default) { }

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
        string? previous = null;
        WordSplitter.Split(text, span.Start, span.End, (start, end, folded) =>
        {
            // A stop word is not matched itself, but may read as a word of the classification ("both" as "bilateral").
            if (!StopWords.Contains(folded)) words.Add(new Word(start, end, vocabulary.Find(Stemmer.Stem(folded)), false));
            foreach (var reading in variants.ReadingsOf(folded)) words.Add(new Word(start, end, vocabulary.Find(Stemmer.Stem(reading)), true));
            if (RomanNumerals.DigitOf(previous, folded) is { } digit) words.Add(new Word(start, end, vocabulary.Find(digit), true));
            previous = folded;
        });
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
