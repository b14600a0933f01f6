using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class ClinicalVocabularyTests
{
    [Fact]
    public void Default_EmbeddedFiles_LoadAndValidate()
    {
        var vocabulary = ClinicalVocabulary.Default;

        Assert.Equal(["atrial fibrillation"], vocabulary.Find("afib")!.Readings);
        Assert.Equal(TermKind.Lay, vocabulary.Find("high blood pressure")!.Kind);
    }

    [Fact]
    public void Load_TermWithSmallWords_AlsoFoundWithoutThem()
    {
        var vocabulary = Load("term\tmeans\tkind\tnotes\tcontext\nringing in the ears\ttinnitus\tlay\t\nthe flu\tinfluenza\tlay\t\npain in back\tdorsalgia\tlay\t\nback pain\tlow back pain\tlay\t\n",
            "abbreviation\texpansion\tcontext_required\tnotes\n");

        Assert.Equal(["tinnitus"], vocabulary.Find("ringing ears")!.Readings);
        Assert.Equal("ringing ears", vocabulary.Find("ringing ears")!.Term);
        // One word left is not a term: "flu" stays a word of the titles.
        Assert.Null(vocabulary.Find("flu"));
        // A form that is a term of its own keeps its own reading.
        Assert.Equal(["low back pain"], vocabulary.Find("back pain")!.Readings);
        Assert.Equal(["dorsalgia"], vocabulary.Find("pain back")!.Readings);
    }

    [Fact]
    public void Default_ClinicalSynonym_KindSynonym()
    {
        var term = ClinicalVocabulary.Default.Find("nonsyndromic deafness")!;

        Assert.Equal(TermKind.Synonym, term.Kind);
        Assert.Equal(["sensorineural hearing loss bilateral"], term.Readings);
    }

    [Theory]
    [InlineData("pd", new string[0], "parkinson's disease")]
    [InlineData("pd", new[] { "catheter" }, "peritoneal dialysis")]
    [InlineData("ai", new[] { "adrenal" }, "adrenal insufficiency")]
    [InlineData("as", new string[0], "as")]
    [InlineData("as", new[] { "valve" }, "aortic stenosis")]
    [InlineData("hit", new[] { "by", "car" }, "hit")]
    [InlineData("hit", new[] { "heparin" }, "heparin-induced thrombocytopenia")]
    [InlineData("hx", new[] { "breast", "ca" }, "personal history")]
    [InlineData("hx", new[] { "family", "colon", "ca" }, "history")]
    [InlineData("memory loss", new string[0], "amnesia")]
    [InlineData("memory loss", new[] { "after", "stroke" }, "memory deficit")]
    public void Default_AbbreviationBreadth_ReadingChosenByTheOtherWords(string term, string[] otherWords, string reading)
    {
        var found = ClinicalVocabulary.Default.Find(term)!;

        Assert.Equal(reading, found.ReadingAmong(otherWords));
    }

    [Fact]
    public void Default_AmbiguousAbbreviation_ReadingsRankedAsListed()
    {
        var ms = ClinicalVocabulary.Default.Find("ms")!;

        Assert.Equal(["multiple sclerosis", "mitral stenosis", "mental status"], ms.Readings);
    }

    [Fact]
    public void Load_AbbreviationOnlyInTheSuggestionList_ReadAsItsLastRowAndNotCurated()
    {
        var vocabulary = Load("term\tmeans\tkind\tnotes\tcontext\n",
            "abbreviation\texpansion\tcontext_required\tnotes\nPE\tphysical examination\tcase,header\t\nRA\troom air\tcase,prev:on\t\nRA\trheumatoid arthritis\tcase\t\nPE\tpulmonary embolism\tcase\t\n");

        var ra = vocabulary.Find("ra")!;
        Assert.Equal("rheumatoid arthritis", ra.Readings[0]);
        Assert.False(ra.Curated);
        // A row with only rules search cannot check (a section header) adds no reading.
        Assert.Equal(["pulmonary embolism"], vocabulary.Find("pe")!.Readings);
    }

    [Fact]
    public void Load_SuggestionListContextRule_BecomesAReadingChosenByItsWords()
    {
        var vocabulary = Load("term\tmeans\tkind\tnotes\tcontext\n",
            "abbreviation\texpansion\tcontext_required\tnotes\nRA\troom air\tcase,near:sat|o2\t\nRA\trheumatoid arthritis\tcase\t\n");

        var ra = vocabulary.Find("ra")!;
        Assert.Equal(["rheumatoid arthritis", "room air"], ra.Readings);
        Assert.Equal("room air", ra.ReadingAmong(["o2", "sats"]));
        Assert.Equal("rheumatoid arthritis", ra.ReadingAmong(["flare"]));
    }

    [Fact]
    public void Load_TermsFileContextColumn_ChoosesTheReadingItsWordsFit()
    {
        var vocabulary = Load("term\tmeans\tkind\tnotes\tcontext\nms\tmultiple sclerosis\tabbreviation\t\tRelapse\nms\tmitral stenosis\tabbreviation\t\tmurmur|valve\n",
            "abbreviation\texpansion\tcontext_required\tnotes\n");

        var ms = vocabulary.Find("ms")!;
        Assert.Equal("mitral stenosis", ms.ReadingAmong(["murmurs"]));
        Assert.Equal("multiple sclerosis", ms.ReadingAmong(["relapse"]));
        Assert.Equal("multiple sclerosis", ms.ReadingAmong(["fatigue"]));
        Assert.Equal("multiple sclerosis", ms.ReadingAmong([]));
    }

    [Fact]
    public void Load_TermsFileListsTheAbbreviation_TermsFileWins()
    {
        var vocabulary = Load("term\tmeans\tkind\tnotes\tcontext\nra\tright atrium\tabbreviation\t\n",
            "abbreviation\texpansion\tcontext_required\tnotes\nRA\trheumatoid arthritis\tcase\t\n");

        Assert.Equal(["right atrium"], vocabulary.Find("ra")!.Readings);
        Assert.True(vocabulary.Find("ra")!.Curated);
    }

    [Theory]
    [InlineData("term\tmeans\tkind\tnotes\tcontext\nafib\tatrial fibrillation\tslang\t\n", 2)]
    [InlineData("term\tmeans\tkind\tnotes\tcontext\nafib\tatrial fibrillation\tabbreviation\t\nafib\tatrial fibrillation\tabbreviation\t\n", 3)]
    [InlineData("term\tmeans\n", 1)]
    public void Load_MalformedTermsFile_ThrowsNamingTheLine(string terms, int line)
    {
        var ex = Assert.Throws<VocabularyFileException>(() => Load(terms, "abbreviation\texpansion\tcontext_required\tnotes\n"));

        Assert.Equal(("terms.tsv", line), (ex.FileName, ex.LineNumber));
    }

    private static ClinicalVocabulary Load(string terms, string abbreviations) =>
        ClinicalVocabulary.Load(new StringReader(terms), new StringReader(abbreviations));
}
