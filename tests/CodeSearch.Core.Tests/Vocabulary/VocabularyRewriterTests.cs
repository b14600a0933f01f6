using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class VocabularyRewriterTests
{
    private static readonly ClinicalVocabulary Vocabulary = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\tcontext\nhigh blood pressure\thypertension\tlay\t\nblood\tblood\tlay\t\nbroken\tfracture\tlay\t\nafib\tatrial fibrillation\tabbreviation\t\ncmt\tcharcot marie tooth\tseries\t\nckd\tchronic kidney disease\tabbreviation\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    [Fact]
    public void Rewrite_LongestTermFirst_ReplacedByItsReading()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "high blood pressure in pregnancy ");

        Assert.Equal("hypertension in pregnancy ", rewrite.Text);
        Assert.Equal("high blood pressure", Assert.Single(rewrite.Matches).Written);
    }

    [Fact]
    public void Rewrite_LastWordReplaced_CountsAsComplete()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "afib");

        Assert.Equal("atrial fibrillation ", rewrite.Text);
    }

    [Fact]
    public void Rewrite_LastWordNotATerm_StaysBeingTyped()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "broken wri");

        Assert.Equal("fracture wri", rewrite.Text);
    }

    [Fact]
    public void Rewrite_PunctuationAroundTheWord_StillMatches()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "afib, chronic");

        Assert.Equal("atrial fibrillation chronic", rewrite.Text);
    }

    [Fact]
    public void Rewrite_Refused_KeptAsWritten()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "afib ", _ => false);

        Assert.Equal("afib ", rewrite.Text);
        Assert.Empty(rewrite.Matches);
    }

    [Theory]
    [InlineData("ms murmur", "mitral stenosis murmur", "mitral stenosis")]
    [InlineData("murmur of ms", "murmur of mitral stenosis ", "mitral stenosis")]
    [InlineData("ms relapse", "multiple sclerosis relapse", "multiple sclerosis")]
    [InlineData("ms ", "multiple sclerosis ", "multiple sclerosis")]
    public void Rewrite_AmbiguousAbbreviation_ReadingFitsTheOtherWords(string query, string expected, string reading)
    {
        var vocabulary = ClinicalVocabulary.Load(
            new StringReader("term\tmeans\tkind\tnotes\tcontext\nms\tmultiple sclerosis\tabbreviation\t\trelapse\nms\tmitral stenosis\tabbreviation\t\tmurmur|valve\n"),
            new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

        var rewrite = VocabularyRewriter.Rewrite(vocabulary, query);

        Assert.Equal(expected, rewrite.Text);
        Assert.Equal(reading, Assert.Single(rewrite.Matches).Reading);
    }

    [Theory]
    [InlineData("l bka", "left amputation below knee")]
    [InlineData("bka l", "amputation below knee left")]
    [InlineData("l knee", "left knee")]
    [InlineData("l5 l", "l5 l")]
    [InlineData("vitamin l", "vitamin l")]
    public void Rewrite_ContextWordInAnotherTermsReading_ChoosesTheReading(string query, string expected)
    {
        // "bka" is written without a body-part word, but its reading holds one ("knee"): the side is read beside it.
        var vocabulary = ClinicalVocabulary.Load(
            new StringReader("term\tmeans\tkind\tnotes\tcontext\nl\tl\tabbreviation\nl\tleft\tabbreviation\t\tknee|hip\nbka\tamputation below knee\tabbreviation\t\n"),
            new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

        var rewrite = VocabularyRewriter.Rewrite(vocabulary, query);

        Assert.Equal(expected, rewrite.Text.TrimEnd());
    }

    [Fact]
    public void Rewrite_NoTerm_TextUnchanged()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "chest pain");

        Assert.Equal("chest pain", rewrite.Text);
        Assert.Empty(rewrite.Matches);
    }

    [Theory]
    [InlineData("cmt2a", "charcot marie tooth type 2a ")]
    [InlineData("cmt-1", "charcot marie tooth type 1 ")]
    [InlineData("cmt4b1 neuropathy", "charcot marie tooth type 4b1 neuropathy")]
    [InlineData("cmtiia", "charcot marie tooth type iia ")]
    [InlineData("ar-cmt2c", "ar charcot marie tooth type 2c ")]
    public void Rewrite_SeriesWithTypeNumber_ReadAsTheSeriesType(string query, string expected)
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, query);

        Assert.Equal(expected, rewrite.Text);
        Assert.Equal(query.Split(' ')[0], Assert.Single(rewrite.Matches).Written);
    }

    [Theory]
    [InlineData("ckd3")]
    [InlineData("afib2")]
    [InlineData("cmtx")]
    public void Rewrite_NumberAfterAnAbbreviationThatIsNoSeries_LeftAsWritten(string query)
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, query);

        Assert.Equal(query, rewrite.Text);
        Assert.Empty(rewrite.Matches);
    }

    [Theory]
    [InlineData("pad", "pad")]
    [InlineData("knee pad", "knee pad")]
    [InlineData("pad claudication", "peripheral vascular disease claudication")]
    [InlineData("severe as", "severe aortic stenosis ")]
    [InlineData("such as ", "such as ")]
    public void Rewrite_ReadingIsTheTermItself_KeptAsWrittenUnlessContextChooses(string query, string expected)
    {
        var vocabulary = ClinicalVocabulary.Load(
            new StringReader("term\tmeans\tkind\tnotes\tcontext\npad\tpad\tabbreviation\npad\tperipheral vascular disease\tabbreviation\t\tclaudication|arterial\n"
                + "as\tas\tabbreviation\nas\taortic stenosis\tabbreviation\t\tsevere|valve\n"),
            new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

        var rewrite = VocabularyRewriter.Rewrite(vocabulary, query);

        Assert.Equal(expected, rewrite.Text);
        Assert.Equal(expected != query, rewrite.Matches.Count > 0);
    }

    private static readonly ClinicalVocabulary Everyday = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\tcontext\nmy\t-\tlay\t\na lot\t-\tlay\t\nkeeps\t-\tlay\t\nkeeps falling\trepeated falls\tlay\t\n" +
                         "rolled ankle\tsprain ankle\tlay\t\nsore throat\tpharyngitis\tlay\t\nsore\tpain\tlay\t\nhigh blood pressure\thypertension\tlay\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    [Fact]
    public void Rewrite_FillerBetweenTheWordsOfATerm_DroppedSoTheTermIsRead()
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, "rolled my ankle");

        Assert.Equal("sprain ankle ", rewrite.Text);
    }

    [Fact]
    public void Rewrite_FillerOfSeveralWords_ReadAsNothing()
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, "burping a lot ");

        Assert.Equal("burping ", rewrite.Text);
        Assert.Equal(VocabularyRewriter.Filler, Assert.Single(rewrite.Matches).Reading);
    }

    [Fact]
    public void Rewrite_FillerStartingALongerTerm_LeftToTheTerm()
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, "keeps falling");

        Assert.Equal("repeated falls ", rewrite.Text);
    }

    [Theory]
    [InlineData("my baby has a fever", "fever")]
    [InlineData("a rash on my arm", "rash on arm")]
    [InlineData("an itchy rash", "itchy rash")]
    public void Rewrite_ArticleOpeningWhatIsLeft_ReadAsNothing(string query, string expected)
    {
        var vocabulary = ClinicalVocabulary.Load(
            new StringReader("term\tmeans\tkind\tnotes\tcontext\nmy\t-\tlay\t\nbaby\t-\tlay\t\nhas\t-\tlay\t\n"),
            new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

        var rewrite = VocabularyRewriter.Rewrite(vocabulary, query);

        Assert.Equal(expected, rewrite.Text);
    }

    [Theory]
    [InlineData("hepatitis a")]
    [InlineData("vitamin a deficiency")]
    [InlineData("a")]
    public void Rewrite_LetterAfterItsNounOrAlone_Kept(string query)
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, query);

        Assert.Equal(query, rewrite.Text);
    }

    [Fact]
    public void Rewrite_TermStartingWithTheArticle_LeftToTheTerm()
    {
        var vocabulary = ClinicalVocabulary.Load(
            new StringReader("term\tmeans\tkind\tnotes\tcontext\na fib\tatrial fibrillation\tabbreviation\t\n"),
            new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

        Assert.Equal("atrial fibrillation ", VocabularyRewriter.Rewrite(vocabulary, "a fib").Text);
    }

    [Theory]
    [InlineData("my baby has a fever", "fever")]
    [InlineData("my son stutters", "stutters")]
    [InlineData("white patches in babys mouth", "white patches in mouth")]
    public void Rewrite_PatientNamedByAParent_ReadAsNothingInTheShippedVocabulary(string query, string expected)
    {
        Assert.Equal(expected, VocabularyRewriter.Rewrite(ClinicalVocabulary.Default, query).Text.TrimEnd());
    }

    [Theory]
    [InlineData("wets the bed at night", "enuresis nocturnal")]
    [InlineData("grind my teeth at night", "bruxism sleep related")]
    [InlineData("cough at night", "cough at night")]
    [InlineData("cant see at night", "cant see at night")]
    [InlineData("pee a lot at night", "nocturia")]
    [InlineData("my hand goes numb", "hand numbness")]
    public void Rewrite_TimeOfDay_ReadInTheShippedVocabulary(string query, string expected)
    {
        Assert.Equal(expected, VocabularyRewriter.Rewrite(ClinicalVocabulary.Default, query).Text.TrimEnd());
    }

    [Fact]
    public void Rewrite_FillerOnly_SearchedAsWritten()
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, "my");

        Assert.Equal("my", rewrite.Text);
        Assert.Empty(rewrite.Matches);
    }

    [Theory]
    [InlineData("sore thr", "pharyngitis ")]
    [InlineData("high blood pres", "hypertension ")]
    [InlineData("sore knee", "pain knee")]
    [InlineData("sore th", "pharyngitis ")]
    public void Rewrite_WordBeingTypedEndsATermOfSeveralWords_TermRead(string query, string expected)
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, query);

        Assert.Equal(expected, rewrite.Text);
    }

    [Theory]
    [InlineData("sore t")]
    [InlineData("sore thr ")]
    public void Rewrite_TooShortOrCompleteWord_NotCompletedToATerm(string query)
    {
        var rewrite = VocabularyRewriter.Rewrite(Everyday, query);

        Assert.StartsWith("pain ", rewrite.Text, StringComparison.Ordinal);
    }

    private static readonly ClinicalVocabulary OrderVocabulary = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\tcontext\nringing in ears\ttinnitus\tlay\t\nswollen knee\teffusion knee\tlay\t\n" +
                         "ms\tmultiple sclerosis\tabbreviation\t\npain chest\tpain chest\tlay\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    [Theory]
    [InlineData("ears ringing", "tinnitus ")]
    [InlineData("ringing ears at night", "tinnitus at night")]
    [InlineData("knee swollen", "effusion knee ")]
    [InlineData("knee is swollen", "effusion knee ")]
    public void Rewrite_LayTermInAnotherOrder_Read(string query, string expected)
    {
        Assert.Equal(expected, VocabularyRewriter.Rewrite(OrderVocabulary, query).Text);
    }

    [Theory]
    [InlineData("ringing in")]
    [InlineData("knee pain swollen")]
    [InlineData("chest pain")]
    public void Rewrite_NotExactlyTheContentWordsOfALayTerm_NotRead(string query)
    {
        // One content word, another content word between, or a term whose reading is itself: left as written.
        Assert.Empty(VocabularyRewriter.Rewrite(OrderVocabulary, query).Matches);
    }

    private static readonly ClinicalVocabulary SideLetters = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\tcontext\n"
            + "r\tr\tabbreviation\t\t\nr\tright\tabbreviation\t\thip|knee\n"
            + "l\tl\tabbreviation\t\t\nl\tleft\tabbreviation\t\thip|knee\n"
            + "rtc\trotator cuff\tabbreviation\t\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    [Theory]
    [InlineData("rtc tear r", "rotator cuff tear right ")]     // last, beside no body-part word
    [InlineData("tmj l", "tmj left ")]
    [InlineData("r 5th finger fx", "right 5th finger fx")]       // first
    [InlineData("l knee pain", "left knee pain")]                // a context word chooses it anyway
    public void Rewrite_SideLetterAtTheEdge_ReadsItsSide(string query, string expected) =>
        Assert.Equal(expected, VocabularyRewriter.Rewrite(SideLetters, query).Text);

    [Theory]
    [InlineData("vitamin r deficiency")]   // inside the query: a letter, kept
    [InlineData("r")]                      // alone
    [InlineData("r 5")]                    // no word of three letters beside it
    [InlineData("ab r")]
    [InlineData("l spine ddd")]            // a spinal level
    [InlineData("hemoglobin r")]           // after a naming noun: a designation
    public void Rewrite_SideLetterInsideOrAlone_KeptAsWritten(string query) =>
        Assert.Empty(VocabularyRewriter.Rewrite(SideLetters, query).Matches);
}
