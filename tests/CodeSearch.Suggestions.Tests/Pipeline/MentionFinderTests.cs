using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Pipeline;

public class MentionFinderTests
{
    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("J18", "Pneumonia, unspecified organism", billable: false),
        Icd("J189", "Pneumonia, unspecified organism", parent: "J18"),
        Icd("X01", "Pneumonia", billable: false),
        Icd("S72301A", "Fracture of shaft of right femur, initial encounter for closed fracture"),
        Icd("S72301D", "Fracture of shaft of right femur, subsequent encounter for closed fracture with routine healing"),
        Icd("S72301S", "Fracture of shaft of right femur, sequela"),
        Icd("E11", "Type 2 diabetes mellitus", billable: false),
        Icd("E1165", "Type 2 diabetes mellitus with hyperglycemia", parent: "E11"),
        Icd("E119", "Type 2 diabetes mellitus without complications", parent: "E11"),
        Icd("E10", "Type 1 diabetes mellitus", billable: false),
        Icd("I10", "Essential (primary) hypertension"),
        Icd("M10", "Gout", billable: false),
        Icd("M10061", "Idiopathic gout, right knee", parent: "M10"),
        Icd("R079", "Chest pain, unspecified"),
        Icd("R0789", "Other chest pain"),
    ], learned: [new([Stemmer.Stem("htn")], Core.CodeSystemId.Icd10Cm, "I10", 4, 0.8f)]);

    private static List<(string Code, Mention Mention)> Find(string text)
    {
        var sentences = new NoteReader().Read(text, Dict.Vocabulary, CancellationToken.None);
        return sentences.SelectMany((s, i) => MentionFinder.Find(Dict, s, i))
            .Select(m => (Dict.Codes[m.Term.CodePosition].Code, m)).ToList();
    }

    private static List<string> Codes(string text) => Find(text).Select(m => m.Code).ToList();

    [Fact]
    public void Find_NothingKnown_Empty() => Assert.Empty(Find("Seen today, doing well."));

    [Fact]
    public void Find_SameEvidence_BillableBeatsHeader()
    {
        var codes = Codes("Pneumonia.");

        // The billable code is the best for the evidence; the header X01 is kept only as the runner-up.
        Assert.Equal("J189", codes[0]);
        Assert.Equal("X01", codes[1]);
    }

    [Fact]
    public void Find_SameEvidence_AncestorOfTheWinnerKeptAndMarked()
    {
        var found = Find("Pneumonia.");

        // J18 ties with J18.9 and comes after the runner-up X01; as J18.9's ancestor it stays (an older release's code,
        // or the category coders assign), marked for the ranker. X01 is no ancestor: nothing else is kept.
        Assert.Equal(MentionFinder.PerEvidence + 1, found.Count);
        Assert.True(Assert.Single(found, m => m.Code == "J18").Mention.DescendantMatched);
        Assert.False(Assert.Single(found, m => m.Code == "J189").Mention.DescendantMatched);
    }

    [Fact]
    public void Find_SameEvidence_OnlyTheSecondIsMarkedRunnerUp()
    {
        var found = Find("Pneumonia.");

        Assert.False(found[0].Mention.RunnerUp);
        Assert.True(found[1].Mention.RunnerUp);
    }

    [Fact]
    public void Find_EncounterVariantsTie_InitialEncounterWinsByOrder()
    {
        var codes = Codes("Fracture of the right femur shaft.");

        Assert.Equal("S72301A", codes[0]);
        Assert.Equal(MentionFinder.PerEvidence, codes.Count);
        Assert.DoesNotContain("S72301S", codes);
    }

    [Fact]
    public void Find_DescendantMatchedAsWell_AncestorKeptAndMarked()
    {
        var found = Find("Type 2 diabetes mellitus with hyperglycemia.");

        Assert.False(Assert.Single(found, m => m.Code == "E1165").Mention.DescendantMatched);
        Assert.True(Assert.Single(found, m => m.Code == "E11").Mention.DescendantMatched);
    }

    [Fact]
    public void Find_AbbreviationExpanded_MentionOnAbbreviationSpan()
    {
        const string text = "Known T2DM.";

        var (code, mention) = Assert.Single(Find(text), m => !m.Mention.DescendantMatched);

        Assert.Equal("E119", code);
        Assert.Equal("T2DM", mention.Evidence.Of(text));
        Assert.True(mention.ViaAbbreviation);
        Assert.Equal(1f, mention.Coverage);
    }

    [Fact]
    public void Find_RequiredNumberAbsent_CodeNotMentioned()
    {
        var codes = Codes("Type 2 diabetes mellitus.");

        Assert.DoesNotContain("E10", codes);
        Assert.Contains("E119", codes);
    }

    [Fact]
    public void Find_PartialCoverageOfDescendant_AncestorWithFullCoverageKept()
    {
        var found = Find("Gout of the knee.");

        var gout = Assert.Single(found, m => m.Code == "M10").Mention;
        Assert.Equal(1f, gout.Coverage);
        Assert.All(found.Where(m => m.Code == "M10061"), m => Assert.True(m.Mention.Coverage < 1f));
    }

    [Fact]
    public void Find_Mention_EvidenceIsTightestSpanAndSectionSet()
    {
        const string text = "Assessment: severe chest pain today.";

        var (_, mention) = Assert.Single(Find(text), m => m.Code == "R079");

        Assert.Equal("chest pain", mention.Evidence.Of(text));
        Assert.Equal(CodeSearch.Suggestions.Sections.SectionKind.Assessment, mention.Section);
        Assert.Equal(0, mention.Sentence);
    }

    [Fact]
    public void Find_ChestPain_UnspecifiedCodeBeatsOtherCode()
    {
        var found = Find("Chest pain.");

        var unspecified = Assert.Single(found, m => m.Code == "R079").Mention;
        Assert.All(found.Where(m => m.Code == "R0789"), m => Assert.True(m.Mention.Coverage < unspecified.Coverage));
    }

    [Fact]
    public void Find_TextSaysOther_OtherCodeFullyCovered()
    {
        // TermParser: "other" is required and "can be matched only by the word itself".
        var other = Assert.Single(Find("Other chest pain."), m => m.Code == "R0789").Mention;

        Assert.Equal(1f, other.Coverage);
    }

    [Fact]
    public void Find_LearnedPhraseForSameCode_AddsItsPrecision()
    {
        const string text = "HTN, essential hypertension.";

        var (_, mention) = Assert.Single(Find(text), m => m.Code == "I10");

        Assert.NotEqual(TermSource.Learned, mention.Term.Source);
        Assert.Equal(0.8f, mention.LearnedPrecision);
        Assert.Equal(4, mention.LearnedSupport);
    }

    [Fact]
    public void Find_SentencesIndexed_InTextOrder()
    {
        var found = Find("Pneumonia. Chest pain.");

        Assert.Equal(0, found.Single(m => m.Code == "J189").Mention.Sentence);
        Assert.Equal(1, found.Single(m => m.Code == "R079").Mention.Sentence);
    }
}
