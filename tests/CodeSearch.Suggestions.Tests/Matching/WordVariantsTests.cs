using CodeSearch.Suggestions.Abbreviations;
using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Matching;

public class WordVariantsTests
{
    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("N201", "Calculus of ureter"),
        Icd("M25561", "Pain in right knee"),
        Icd("H5213", "Myopia, bilateral"),
        Icd("R000", "Tachycardia, unspecified"),
        Icd("B559", "Leishmaniasis, unspecified"),
        Icd("S92009", "Unspecified fracture of unspecified calcaneus", billable: false),
        Icd("Q6211", "Congenital occlusion of ureteropelvic junction"),
        Icd("N2882", "Megaloureter"),
        Icd("N139", "Obstruction of kidney and ureter"),
        Icd("D649", "Anemia, unspecified"),
        Icd("G8250", "Quadriplegia, unspecified"),
        Icd("R1013", "Epigastric pain"),
    ]);

    private static List<string> Codes(NoteReader reader, string text) =>
        reader.Read(text, Dict.Vocabulary, CancellationToken.None)
            .SelectMany((s, i) => MentionFinder.Find(Dict, s, i))
            .Select(m => Dict.Codes[m.Term.CodePosition].Code).ToList();

    [Fact]
    public void Read_TranslatedWord_AlsoReadsAsClassificationWords()
    {
        Assert.Equal(["calculus"], WordVariants.Default.ReadingsOf("lithiasis"));
        Assert.Equal(["knee", "pain"], WordVariants.Default.ReadingsOf("gonalgia"));
        Assert.Empty(WordVariants.Default.ReadingsOf("calculus"));
    }

    [Fact]
    public void Read_VariantWords_SitOnTheNoteWordsSpan()
    {
        const string text = "Distal ureteral lithiasis.";
        var words = new NoteReader().Read(text, Dict.Vocabulary, CancellationToken.None).Single().Words;
        var calculus = Dict.Vocabulary.Find(Stemmer.Stem("calculus"));

        var variant = Assert.Single(words, w => w.Stem == calculus);
        Assert.Equal("lithiasis", text[variant.Start..variant.End]);
        Assert.True(variant.FromAbbreviation);
        // The note word itself is still there with its own stem (learned phrases may use it).
        Assert.Contains(words, w => !w.FromAbbreviation && text[w.Start..w.End] == "lithiasis");
    }

    [Theory]
    [InlineData("Distal right ureteral lithiasis.", "N201")]
    [InlineData("He reports right gonalgia after the fall.", "M25561")]
    [InlineData("Myopia of -0.75 diopters in both eyes.", "H5213")]
    [InlineData("On arrival she was tachycardic.", "R000")]
    [InlineData("Visceral leishmaniosis was confirmed.", "B559")]
    [InlineData("Calcaneal fracture after a fall from a height.", "S92009")]
    [InlineData("Occlusion of the right pyeloureteral junction.", "Q6211")]
    [InlineData("Renoureteral obstruction on the left side.", "N139")]
    [InlineData("She was admitted with an anemic syndrome.", "D649")]
    [InlineData("Progressive tetraparesis over two weeks.", "G8250")]
    [InlineData("Epigastralgia after meals.", "R1013")]
    public void Find_TranslatedWording_FindsTheCodeOnlyWithVariants(string text, string code)
    {
        Assert.Contains(code, Codes(new NoteReader(), text));
        Assert.DoesNotContain(code, Codes(new NoteReader(new AbbreviationExpander(), WordVariants.None), text));
    }

    [Fact]
    public void Read_StopWordWithAReading_OnlyItsReadingIsMatched()
    {
        // "both" is a stop word: it is never matched itself, but reads as "bilateral".
        const string text = "Cataracts in both eyes.";
        var words = new NoteReader().Read(text, Dict.Vocabulary, CancellationToken.None).Single().Words;
        var both = Assert.Single(words, w => text[w.Start..w.End] == "both");
        Assert.True(both.FromAbbreviation);
        Assert.Equal(Dict.Vocabulary.Find(Stemmer.Stem("bilateral")), both.Stem);
    }

    [Fact]
    public void Read_WordListedTwice_Throws()
    {
        const string tsv = "word\treads_as\tnotes\nlithiasis\tcalculus\t\nlithiasis\tstone\t\n";
        var error = Assert.Throws<DataFileException>(() => WordVariants.Read(new StringReader(tsv)));
        Assert.Contains("twice", error.Message);
    }
}
