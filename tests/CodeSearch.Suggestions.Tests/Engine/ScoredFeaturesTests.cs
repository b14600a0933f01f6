using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Tests.Support;

namespace CodeSearch.Suggestions.Tests.Engine;

/// <summary>The learner reads the features the analyser scored (one code path for training and serving): they are
/// kept on each scored candidate, computed before the specificity rules drop or rename candidates.</summary>
public class ScoredFeaturesTests
{
    private static readonly FakeIndex Index = HemiparesisRelease.Index();

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
