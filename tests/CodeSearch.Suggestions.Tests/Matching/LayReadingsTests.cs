using CodeSearch.Core.Vocabulary;
using CodeSearch.Suggestions.Abbreviations;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Matching;

public class LayReadingsTests
{
    private const string Terms = """
        term	means	kind	notes	context
        high blood pressure	hypertension	lay
        fibroids	leiomyoma of uterus	lay
        mental retardation	intellectual disability	synonym
        blood pressure	blood pressure	lay
        knees	knee	lay
        my	-	lay
        ms	multiple sclerosis	abbreviation
        cold	common cold	lay
        cold	hypothermia	lay		exposure|weather
        flare-up	exacerbation	lay
        low-grade fever	fever	lay
        """;

    private static readonly LayReadings Readings = LayReadings.From(ClinicalVocabulary.Load(new StringReader(Terms), new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n")));

    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("I10", "Hypertension"),
        Icd("D259", "Leiomyoma of uterus, unspecified"),
        Icd("F79", "Unspecified intellectual disabilities"),
    ]);

    private static List<string> Codes(NoteReader reader, string text) =>
        reader.Read(text, Dict.Vocabulary, CancellationToken.None)
            .SelectMany((s, i) => MentionFinder.Find(Dict, s, i))
            .Select(m => Dict.Codes[m.Term.CodePosition].Code).ToList();

    private static List<string> Found(string text)
    {
        var words = WordSplitter.Words(text);
        return Readings.Find(words).Select(f => $"{string.Join(' ', words.Skip(f.First).Take(f.Last - f.First + 1))}={string.Join(' ', f.Reading)}").ToList();
    }

    [Fact]
    public void From_ReadsOnlyLayEponymAndSynonymTermsWithOneReadingOfTheirOwn()
    {
        // Read: high blood pressure, fibroids, mental retardation, flare-up. Left out: a term read as written
        // ("blood pressure"), one whose reading adds no word of its own ("knees", "low-grade fever"), a filler ("my"),
        // an abbreviation ("ms": the suggestion pipeline expands abbreviations by its own context rules) and a term
        // whose reading depends on context words ("cold").
        Assert.Equal(["fibroids", "flare up", "high blood pressure", "mental retardation"], Readings.Terms);
        Assert.Empty(Found("my knees were cold, ms, low-grade fever"));
    }

    [Fact]
    public void Find_LongestTermFirst_WithHyphensSplitAsInTheNote()
    {
        Assert.Equal(["high blood pressure=hypertension"], Found("She has high blood pressure"));
        Assert.Equal(["flare up=exacerbation", "fibroids=leiomyoma uterus"], Found("A flare-up of fibroids"));
    }

    [Fact]
    public void Read_ReadingWords_SitOnTheTermsSpan()
    {
        const string text = "She has uterine fibroids.";
        var reader = new NoteReader(new AbbreviationExpander(), WordVariants.Default, Readings);
        var words = reader.Read(text, Dict.Vocabulary, CancellationToken.None).Single().Words;
        var leiomyoma = Assert.Single(words, w => w.Stem == Dict.Vocabulary.Find(Stemmer.Stem("leiomyoma")));
        Assert.Equal("fibroids", text[leiomyoma.Start..leiomyoma.End]);
        Assert.True(leiomyoma.FromAbbreviation);
        Assert.Contains(words, w => !w.FromAbbreviation && text[w.Start..w.End] == "fibroids");
    }

    [Theory]
    [InlineData("A 40-year-old woman with uterine fibroids.", "D259")]
    [InlineData("History of mental retardation and epilepsy.", "F79")]
    [InlineData("Long-standing high blood pressure.", "I10")]
    public void Find_LayWording_FindsTheCodeOnlyWithLayReadings(string text, string code)
    {
        Assert.Contains(code, Codes(new NoteReader(new AbbreviationExpander(), WordVariants.Default, Readings), text));
        Assert.DoesNotContain(code, Codes(new NoteReader(new AbbreviationExpander(), WordVariants.Default, LayReadings.None), text));
    }

    [Fact]
    public void Default_ReadsTheSharedVocabulary()
    {
        // The shipped reader uses the vocabulary search reads queries with.
        Assert.Contains(Dict.Codes.Single(c => c.Code == "D259").Code, Codes(new NoteReader(), "Uterine fibroids."));
        Assert.True(LayReadings.Default.Count > 100);
    }
}
