using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Guidelines;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Guidelines;

/// <summary>The score floor of guideline codes (Guidelines/RuleScoreFloor), under a ranker that scores every candidate
/// near zero, as the learned one does for the history and status codes its training coders seldom assigned.</summary>
public class RuleScoreFloorTests
{
    private static readonly FakeIndex Index = new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("E11", "Type 2 diabetes mellitus", billable: false))
        .WithCode(Icd("E119", "Type 2 diabetes mellitus without complications", parent: "E11"))
        .WithCode(Icd("Z794", "Long term (current) use of insulin"))
        .WithCode(Icd("C189", "Colon cancer"))
        .WithCode(Icd("Z800", "Family history of malignant neoplasm of digestive organs"))
        .WithCode(Icd("I10", "Essential (primary) hypertension"))
        .WithCode(Icd("I110", "Hypertensive heart disease with heart failure"))
        .WithCode(Icd("I509", "Heart failure, unspecified"))
        .WithCode(Icd("Z905", "Acquired absence of kidney"))
        .WithCode(Icd("Z933", "Colostomy status"));

    private static readonly RankerModel Low = new(FeatureVector.Names, new double[FeatureVector.Names.Length], -8);

    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty with { Ranker = Low });

    private static Dictionary<string, ScoredCandidate> Candidates(string text) =>
        Engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), text, CancellationToken.None)
            .ToDictionary(c => c.Code.Code);

    [Fact]
    public void Value_JustAboveTheDefaultMinScore()
    {
        Assert.InRange(RuleScoreFloor.Value, SuggestionLimits.DefaultMinScore + 1e-9, SuggestionLimits.DefaultMinScore + 0.05);
    }

    [Fact]
    public void Candidates_InsulinAndFamilyHistory_GuidelineCodesAtTheFloorOthersKeepTheLearnedScore()
    {
        var candidates = Candidates("Type 2 diabetes on insulin. Family history of colon cancer.");

        Assert.Equal(RuleScoreFloor.Value, candidates["Z794"].Score);
        Assert.Equal(RuleScoreFloor.Value, candidates["Z800"].Score);
        Assert.InRange(candidates["Z794"].LearnedScore!.Value, 0, 0.01);
        Assert.InRange(candidates["E119"].Score, 0, 0.01);
        Assert.Null(candidates["E119"].LearnedScore);
        Assert.True(candidates["C189"].Excluded);
        Assert.InRange(candidates["C189"].Score, 0, 0.01);
    }

    [Fact]
    public void Suggest_DefaultRequest_CarriesTheGuidelineCodesWithTheFloorInTheRationale()
    {
        var result = Engine.Suggest(new SuggestionRequest { Text = "Type 2 diabetes on insulin. Family history of colon cancer." });

        var codes = result.Suggestions.Select(s => s.Code.Code).ToList();
        Assert.Contains("Z794", codes);
        Assert.Contains("Z800", codes);
        Assert.DoesNotContain("E119", codes);
        Assert.Contains("guideline score floor 0.21", result.Suggestions.First(s => s.Code.Code == "Z794").Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_LearnedPhraseWithTheGuidelineWords_StillAtTheFloor()
    {
        // The shipped model learned "insulin" → Z79.4 too; that learned term wins the mention, the guideline still holds.
        // ("on insulin" would also read as the description's words through the shared vocabulary: Matching/LayReadings.)
        var model = SuggestionModel.Empty with
        {
            Terms = [new LearnedTerm([Suggestions.Matching.Stemmer.Stem("insulin")], CodeSystemId.Icd10Cm, "Z794", 4, 0.25f)],
            Ranker = Low,
        };
        var engine = new SuggestionEngine(Index, model);

        var z794 = engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), "Type 2 diabetes treated with insulin.",
            CancellationToken.None).Single(c => c.Code.Code == "Z794");

        Assert.Equal(Suggestions.Matching.TermSource.Learned, z794.Best.Term.Source);
        Assert.Equal(RuleScoreFloor.Value, z794.Score);
    }

    [Theory]
    [InlineData("A radical nephrectomy was performed.", "Z905")]
    [InlineData("A colostomy was performed and the patient is on insulin.", "Z933")]
    public void Candidates_OperationStated_StatusCodeKeepsTheLearnedScore(string text, string code)
    {
        var candidates = Candidates(text);

        Assert.False(candidates[code].Excluded);
        Assert.InRange(candidates[code].Score, 0, 0.01);
        Assert.Null(candidates[code].LearnedScore);
        if (candidates.TryGetValue("Z794", out var insulin)) Assert.Equal(RuleScoreFloor.Value, insulin.Score);
    }

    [Theory]
    [InlineData("Not on insulin.", "Z794")]
    [InlineData("No family history of colon cancer.", "Z800")]
    public void Candidates_NegatedStatement_NoFloor(string text, string code)
    {
        var candidate = Candidates(text).GetValueOrDefault(code);

        Assert.True(candidate is null || candidate.Score < SuggestionLimits.DefaultMinScore);
    }

    [Fact]
    public void Candidates_CombinationCode_KeepsItsLearnedScore()
    {
        var candidates = Candidates("Essential hypertension. Heart failure.");

        Assert.Equal(DerivedRuleKind.Combination, candidates["I110"].Derived?.Kind);
        Assert.InRange(candidates["I110"].Score, 0, 0.01);
    }
}
