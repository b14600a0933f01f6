using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Engine;

/// <summary>The learner reads the features the analyser scored (one code path for training and serving): they are
/// kept on each scored candidate, computed before the specificity rules drop or rename candidates.</summary>
public class ScoredFeaturesTests
{
    private const string Stem = "Hemiplegia and hemiparesis following cerebral infarction affecting ";

    private static readonly FakeIndex Index = new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("I6935", "Hemiplegia and hemiparesis following cerebral infarction", billable: false, order: 1))
        .WithCode(Icd("I69351", Stem + "right dominant side", parent: "I6935", order: 2))
        .WithCode(Icd("I69352", Stem + "left dominant side", parent: "I6935", order: 3))
        .WithCode(Icd("I69359", Stem + "unspecified side", parent: "I6935", order: 6))
        .WithCode(Icd("I10", "Essential (primary) hypertension", order: 7));

    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty);

    private static List<ScoredCandidate> Candidates(string text) =>
        Engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), text, CancellationToken.None);

    [Fact]
    public void Candidates_EachScoreIsTheRankersScoreOfItsKeptFeatures()
    {
        var candidates = Candidates("Hypertension. Right hemiparesis following cerebral infarction.");

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c =>
        {
            Assert.Equal(FeatureVector.Names.Length, c.Features.Count);
            Assert.Equal(RankerModel.Initial.Score(c.Features.ToArray(), c.Code.System), c.LearnedScore ?? c.Score, 12);
        });
    }

    [Fact]
    public void Candidates_SideStated_FeaturesBelongToTheCodeAsScored()
    {
        var candidates = Candidates("Right hemiparesis following cerebral infarction.");

        // I69359 was scored, then the stated side renamed it: the learner keys its statistics by the scored code and
        // labels the row by the code answered.
        var right = Assert.Single(candidates, c => c.Code.Code == "I69351");
        Assert.Equal("I69359", right.RankedCode.Code);
        Assert.DoesNotContain(candidates, c => c.Code.Code is "I69352" or "I69359");
    }

    [Fact]
    public void Candidates_NoteRelativeFeatures_CountEveryCandidateScored()
    {
        var candidates = Candidates("Hypertension. Right hemiparesis following cerebral infarction.");
        var noteCandidates = FeatureTable.IndexOf("note_candidates");

        // The note context is the one the ranker saw, the same for every candidate of the note.
        Assert.Single(candidates.Select(c => c.Features[noteCandidates]).Distinct());
        Assert.True(Math.Exp(candidates[0].Features[noteCandidates]) - 1 >= candidates.Count - 0.001);
    }
}
