using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Sections;

namespace CodeSearch.Suggestions.Tests.Pipeline;

public class NoteReaderTests
{
    private const string Note = "HPI: Pt with HTN, here for review.\nAssessment: Chest pain. Hypertension stable.";

    private static readonly NoteReader Reader = new();

    private static Vocabulary VocabularyOf(params string[] words)
    {
        var vocabulary = new Vocabulary();
        foreach (var w in words) vocabulary.Add(Stemmer.Stem(w));
        return vocabulary;
    }

    private static readonly Vocabulary Vocabulary = VocabularyOf("hypertension", "chest", "pain", "stable", "hpi", "assessment", "review");

    [Fact]
    public void Read_Note_SentencesWithSectionsAndOffsets()
    {
        var sentences = Reader.Read(Note, Vocabulary, CancellationToken.None);

        Assert.Equal(
            [(SectionKind.HistoryOfPresentIllness, "Pt with HTN, here for review."), (SectionKind.Assessment, "Chest pain."),
             (SectionKind.Assessment, "Hypertension stable.")],
            sentences.Select(s => (s.Section, s.Span.Of(Note).Trim())));
    }

    [Fact]
    public void Read_HeaderWords_NotInAnySentence()
    {
        var sentences = Reader.Read(Note, Vocabulary, CancellationToken.None);
        var headerStems = new[] { "hpi", "assessment" }.Select(w => Vocabulary.Find(Stemmer.Stem(w))).ToHashSet();

        Assert.DoesNotContain(sentences.SelectMany(s => s.Words), w => headerStems.Contains(w.Stem));
    }

    [Fact]
    public void Read_Words_OffsetsIntoTextStopWordsDroppedUnknownStemsMinusOne()
    {
        var sentence = Reader.Read(Note, Vocabulary, CancellationToken.None)[0];
        var own = sentence.Words.Where(w => !w.FromAbbreviation).ToList();

        Assert.Equal(["HTN", "here", "review"], own.Select(w => Note[w.Start..w.End]));
        Assert.Equal([-1, -1, Vocabulary.Find(Stemmer.Stem("review"))], own.Select(w => w.Stem));
    }

    [Fact]
    public void Read_Abbreviation_ExpansionWordsOnAbbreviationSpan()
    {
        var sentence = Reader.Read(Note, Vocabulary, CancellationToken.None)[0];
        var htn = Note.IndexOf("HTN", StringComparison.Ordinal);

        var expansion = Assert.Single(sentence.Words, w => w.FromAbbreviation);

        Assert.Equal((htn, htn + 3), (expansion.Start, expansion.End));
        Assert.Equal(Vocabulary.Find(Stemmer.Stem("hypertension")), expansion.Stem);
    }

    [Fact]
    public void Read_MultiWordExpansion_AllWordsOnSameSpanInTextOrder()
    {
        const string text = "Known T2DM and CKD.";
        var vocabulary = VocabularyOf("type", "2", "diabetes", "mellitus", "known");

        var words = Assert.Single(Reader.Read(text, vocabulary, CancellationToken.None)).Words;

        var t2dm = words.Where(w => w.FromAbbreviation && text[w.Start..w.End] == "T2DM").ToList();
        Assert.Equal(new[] { "type", "2", "diabetes", "mellitus" }.Select(w => vocabulary.Find(Stemmer.Stem(w))), t2dm.Select(w => w.Stem));
        Assert.Equal(words.OrderBy(w => w.Start).Select(w => w.Start), words.Select(w => w.Start));
    }

    [Fact]
    public void Read_AccentsAndCrlf_OffsetsStillPointIntoText()
    {
        const string text = "Señora Müller.\r\nNeumonía crónica.";
        var vocabulary = VocabularyOf("neumonia", "cronica");

        var sentences = Reader.Read(text, vocabulary, CancellationToken.None);

        var words = sentences.SelectMany(s => s.Words).Where(w => w.Stem >= 0).ToList();
        Assert.Equal(["Neumonía", "crónica"], words.Select(w => text[w.Start..w.End]));
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Reader.Read(Note, Vocabulary, cts.Token));
    }
}
