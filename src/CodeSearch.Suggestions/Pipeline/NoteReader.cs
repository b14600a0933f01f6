using CodeSearch.Suggestions.Abbreviations;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Sections;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Pipeline;

/// <summary>
/// Stages 1-4 of the pipeline: sections, sentences, words, abbreviations. Works on the client's text directly, so
/// every offset it reports is an offset into that text; words are folded (case, accents) by <see cref="WordSplitter"/>.
/// Section headers themselves are not matched.
/// </summary>
public sealed class NoteReader(AbbreviationExpander abbreviations)
{
    /// <summary>A reader with the default abbreviation list.</summary>
    public NoteReader() : this(new AbbreviationExpander()) { }

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
        WordSplitter.Split(text, span.Start, span.End, (start, end, folded) =>
        {
            if (!StopWords.Contains(folded)) words.Add(new Word(start, end, vocabulary.Find(Stemmer.Stem(folded)), false));
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
