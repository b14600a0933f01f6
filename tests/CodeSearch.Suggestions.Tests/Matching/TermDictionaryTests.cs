using CodeSearch.Core;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Matching;

public class TermDictionaryTests
{
    private static readonly MedicalCode[] Codes =
    [
        Icd("E10", "Type 1 diabetes mellitus", billable: false),
        Icd("E109", "Type 1 diabetes mellitus without complications", parent: "E10"),
        Icd("E11", "Type 2 diabetes mellitus", billable: false),
        Icd("E119", "Type 2 diabetes mellitus without complications", parent: "E11"),
        Icd("I10", "Essential (primary) hypertension"),
        Icd("R079", "Chest pain, unspecified"),
        Icd("R52", "Pain, unspecified"),
        Icd("M545", "Low back pain"),
        Icd("R109", "Unspecified abdominal pain"),
        Icd("G4489", "Other headache syndrome"),
        Icd("M25561", "Pain in right knee"),
        Icd("R070", "Pain in throat"),
    ];

    private static readonly LearnedTerm[] Learned =
    [
        new([Stemmer.Stem("substernal"), Stemmer.Stem("discomfort")], CodeSystemId.Icd10Cm, "R079", 7, 0.6f),
        new([Stemmer.Stem("sugar")], CodeSystemId.Icd10Cm, "NOPE", 3, 0.9f),
        new([Stemmer.Stem("sugar")], CodeSystemId.Icd10Pcs, "E119", 3, 0.9f),
    ];

    private static IEnumerable<string> Synonyms(MedicalCode code) => code.Code switch
    {
        "I10" => ["Hypertension", "Essential hypertension", "High blood pressure"],
        _ => [],
    };

    // Enough filler terms that words used by only one or two real terms are rare enough to find candidates with.
    // Built for coverage down to 0.01 so the tests can ask for low coverage.
    private static readonly TermDictionary Dict = Dictionary(Codes.Concat(Filler(200)), Synonyms, Learned, indexedCoverage: 0.01f);

    // As the engine builds it: postings cut for DictionaryBuilder.DefaultIndexedCoverage.
    private static readonly TermDictionary Cut = Dictionary(Codes.Concat(Filler(200)), Synonyms, Learned);

    private static List<(string Code, TermSource Source, float Coverage)> Match(string text, float minCoverage = 0.5f) =>
        Dict.Match(Stems(Dict, text), minCoverage, Dict.Buffer)
            .Select(m => (Dict.Codes[Dict.Terms[m.TermId].CodePosition].Code, Dict.Terms[m.TermId].Source, m.Coverage))
            .ToList();

    private static IEnumerable<string> Matched(string text, float minCoverage = 0.5f) => Match(text, minCoverage).Select(m => m.Code).Distinct();

    [Fact]
    public void Build_SynonymsWithNewWords_AddedAsSynonymTerms()
    {
        var terms = TermsOf(Dict, "I10").ToList();

        Assert.Equal(
            [("Essential (primary) hypertension", TermSource.Description), ("Hypertension", TermSource.Synonym), ("High blood pressure", TermSource.Synonym)],
            terms.Select(t => (t.Text, t.Source)));
    }

    [Fact]
    public void Match_BufferReusedAfterOtherSentences_SameMatchesAsAFreshBuffer()
    {
        var buffer = Dict.NewBuffer();
        Dict.Match(Stems(Dict, "type 2 diabetes mellitus with chest pain"), 0.5f, buffer);
        Dict.Match(Stems(Dict, "low back pain in right knee"), 0.5f, buffer);

        var reused = Dict.Match(Stems(Dict, "chest pain and low back pain"), 0.5f, buffer);
        var fresh = Dict.Match(Stems(Dict, "chest pain and low back pain"), 0.5f, Dict.NewBuffer());

        Assert.NotEmpty(fresh);
        Assert.Equal(fresh.Select(m => (m.TermId, m.Coverage)).Order(), reused.Select(m => (m.TermId, m.Coverage)).Order());
    }

    [Fact]
    public void Build_SevenCharacterVariantsWithSameWords_ShareTheirStemArrays()
    {
        var codes = new[] { Icd("S7200XA", "Fracture of femur, initial encounter"), Icd("S7200XD", "Fracture of femur, subsequent encounter") };
        var dict = Dictionary(codes.Concat(Filler(50)), _ => [], []);

        // Equal memories are the same run of the same pool (ReadOnlyMemory compares array, start and length).
        Assert.True(dict.Terms[0].Required.Equals(dict.Terms[1].Required));
        Assert.True(dict.Terms[0].Weights.Equals(dict.Terms[1].Weights));
    }

    [Fact]
    public void Build_SynonymWithSameRequiredWordsAsDescription_NotAddedTwice() =>
        Assert.DoesNotContain(TermsOf(Dict, "I10"), t => t.Text == "Essential hypertension");

    [Fact]
    public void Build_LearnedTerm_KeepsSupportAndPrecision()
    {
        var learned = Assert.Single(Dict.Terms, t => t.Source == TermSource.Learned);

        Assert.Equal("R079", Dict.Codes[learned.CodePosition].Code);
        Assert.Equal(7, learned.LearnedSupport);
        Assert.Equal(0.6f, learned.LearnedPrecision);
    }

    [Fact]
    public void Build_LearnedTermOfUnknownCodeOrOtherSystem_Ignored() =>
        Assert.Empty(Matched("sugar", 0.01f));

    [Fact]
    public void Build_Weights_RareWordsWeighMore()
    {
        var chestPain = Assert.Single(TermsOf(Dict, "R079"), t => t.Source == TermSource.Description);
        var chest = chestPain.Weights.Span[chestPain.Required.Span.IndexOf(Dict.Vocabulary.Find(Stemmer.Stem("chest")))];
        var pain = chestPain.Weights.Span[chestPain.Required.Span.IndexOf(Dict.Vocabulary.Find(Stemmer.Stem("pain")))];

        Assert.True(chest > pain, $"chest {chest} should outweigh pain {pain}, which six terms share");
        Assert.Equal(chest + pain, chestPain.TotalWeight, 5);
    }

    [Fact]
    public void Match_AllRequiredWords_FullCoverage()
    {
        var match = Assert.Single(Match("Chest pain on exertion"), m => m.Code == "R079");

        Assert.Equal(1f, match.Coverage, 5);
        Assert.Equal(TermSource.Description, match.Source);
    }

    [Fact]
    public void Match_OptionalWordsMissing_StillFullCoverage()
    {
        Assert.Equal(1f, Assert.Single(Match("essential hypertension"), m => m.Code == "I10" && m.Source == TermSource.Description).Coverage, 5);
        Assert.Equal(1f, Assert.Single(Match("type 2 diabetes mellitus"), m => m.Code == "E119").Coverage, 5);
    }

    [Fact]
    public void Match_PartOfRequiredWords_CoverageIsWeightShare()
    {
        var term = Assert.Single(TermsOf(Dict, "R079"), t => t.Source == TermSource.Description);
        var chest = Dict.Vocabulary.Find(Stemmer.Stem("chest"));
        var expected = term.Weights.Span[term.Required.Span.IndexOf(chest)] / term.TotalWeight;

        var match = Assert.Single(Match("chest", 0.01f), m => m.Code == "R079");

        Assert.Equal(expected, match.Coverage, 5);
        Assert.InRange(match.Coverage, 0.5f, 0.99f);
    }

    [Fact]
    public void Match_CoverageBelowMinimum_NotMatched()
    {
        Assert.Contains("R079", Matched("chest", 0.5f));
        Assert.DoesNotContain("R079", Matched("chest", 0.999f));
    }

    [Fact]
    public void Match_CommonStemOnlyTerm_StillFound()
    {
        // "pain" is in six terms, more than 2% of the dictionary: it does not find candidates, but "Pain, unspecified"
        // has nothing else, so it is checked on every sentence.
        var pain = Dict.Vocabulary.Find(Stemmer.Stem("pain"));
        Assert.True(pain >= 0);

        Assert.Contains(("R52", TermSource.Description, 1f), Match("pain"));
    }

    [Fact]
    public void Match_CommonStem_StillCountsForCoverage()
    {
        var withPain = Assert.Single(Match("low back pain"), m => m.Code == "M545").Coverage;
        var withoutPain = Match("low back", 0.01f).Single(m => m.Code == "M545").Coverage;

        Assert.Equal(1f, withPain, 5);
        Assert.True(withoutPain < withPain);
    }

    [Fact]
    public void Match_RequiredNumberMissing_NotMatchedEvenAtLowCoverage()
    {
        var codes = Matched("type 2 diabetes mellitus", 0.01f).ToList();

        Assert.Contains("E119", codes);
        Assert.Contains("E11", codes);
        Assert.DoesNotContain("E109", codes);
        Assert.DoesNotContain("E10", codes);
    }

    [Fact]
    public void Match_RomanNumeral_MatchesDigit() =>
        Assert.Contains("E11", Matched("diabetes mellitus type II"));

    [Fact]
    public void Match_LearnedTerm_NeedsEveryWord()
    {
        Assert.DoesNotContain(Match("substernal", 0.01f), m => m.Source == TermSource.Learned);
        Assert.Contains(("R079", TermSource.Learned, 1f), Match("substernal discomfort"));
    }

    [Fact]
    public void Match_OtherCode_NeedsTheStemOther()
    {
        var other = Dict.Vocabulary.Find(Stemmer.Stem("other"));
        var withoutOther = Stems(Dict, "headache syndrome");

        Assert.True(other >= 0);
        Assert.DoesNotContain(CodesOf(Dict.Match(withoutOther, 0.999f, Dict.Buffer)), c => c == "G4489");
        Assert.Contains("G4489", CodesOf(Dict.Match(withoutOther.Append(other), 0.999f, Dict.Buffer)));
    }

    private static IEnumerable<string> CodesOf(List<TermMatch> matches) =>
        matches.Select(m => Dict.Codes[Dict.Terms[m.TermId].CodePosition].Code).ToList();

    [Fact]
    public void Match_UnknownAndRepeatedStems_Ignored()
    {
        var stems = new[] { -1, -1 }.Concat(Stems(Dict, "chest pain chest pain"));

        var matches = Dict.Match(stems, 0.5f, Dict.Buffer);

        Assert.Single(matches, m => Dict.Codes[Dict.Terms[m.TermId].CodePosition].Code == "R079"
                                     && Dict.Terms[m.TermId].Source == TermSource.Description);
    }

    [Fact]
    public void Match_BufferReused_PreviousSentenceForgotten()
    {
        var buffer = Dict.NewBuffer();
        Dict.Match(Stems(Dict, "chest pain"), 0.5f, buffer);

        var second = Dict.Match(Stems(Dict, "essential hypertension"), 0.5f, buffer);

        Assert.DoesNotContain(second, m => Dict.Codes[Dict.Terms[m.TermId].CodePosition].Code == "R079");
    }

    [Fact]
    public void PositionOf_KnownAndUnknownCodes()
    {
        Assert.Equal("I10", Dict.Codes[Dict.PositionOf("I10")].Code);
        Assert.Equal(-1, Dict.PositionOf("I10.0"));
    }

    [Fact]
    public void PositionOf_EveryCode_ItsOwnPosition()
    {
        // The table is not in code order (R079 before R070, M25561 after G4489): the lookup must not assume it.
        for (var i = 0; i < Dict.Codes.Length; i++) Assert.Equal(i, Dict.PositionOf(Dict.Codes[i].Code));
        Assert.Equal(-1, Dict.PositionOf("A00"));
        Assert.Equal(-1, Dict.PositionOf("Z99"));
        Assert.Equal(-1, Dict.PositionOf("R07"));
        Assert.Equal(-1, Dict.PositionOf(""));
    }

    [Theory]
    [InlineData("type 2 diabetes mellitus with essential hypertension")]
    [InlineData("low back pain and chest pain")]
    [InlineData("pain in the right knee, substernal discomfort")]
    [InlineData("chest")]
    [InlineData("diabetes")]
    [InlineData("high blood pressure and pain in throat")]
    [InlineData("abdominal pain unspecified, other headache")]
    public void Match_PostingsCutForMinimumCoverage_SameMatchesAsEveryStemPosted(string text)
    {
        var cut = Cut.Match(Stems(Cut, text), DictionaryBuilder.DefaultIndexedCoverage, Cut.Buffer)
            .Select(m => (m.TermId, m.Coverage)).OrderBy(m => m.TermId);
        var full = Dict.Match(Stems(Dict, text), DictionaryBuilder.DefaultIndexedCoverage, Dict.Buffer)
            .Select(m => (m.TermId, m.Coverage)).OrderBy(m => m.TermId);

        Assert.Equal(full, cut);
    }

    [Fact]
    public void Match_BelowTheIndexedCoverage_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Cut.Match(Stems(Cut, "chest"), 0.5f, Cut.Buffer));
}
