using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class NoteContextTests
{
    private static CodeCandidate Candidate(string code, float coverage, params int[] sentences) =>
        new(new MedicalCode { System = CodeSystemId.Icd10Cm, Code = code, Description = "d", Kind = CodeKind.Code, Billable = true, ReleaseId = "r" },
            sentences.Select(s => new Mention(s, new Term(0, "t", TermSource.Description, new[] { 1 }, new[] { 1f }, default, 0, 0), 0, coverage,
                new TextSpan(s * 10, s * 10 + 5), 1f, false, 1)).ToList());

    private static NoteContext Of(params CodeCandidate[] candidates) =>
        new(candidates, candidates.Select(_ => CandidateContext.Alone).ToList());

    [Fact]
    public void TopicRank_ReadFromEachCandidatesContext()
    {
        var near = Candidate("I10", 1f, 0);
        var far = Candidate("R51", 1f, 1);
        var context = new NoteContext([far, near], [CandidateContext.Alone with { Topic = 0.1 }, CandidateContext.Alone with { Topic = 0.8 }]);

        Assert.Equal(0, context.TopicRank(near));
        Assert.Equal(0.5, context.TopicRank(far), 12);
    }

    [Fact]
    public void Contexts_NotOnePerCandidate_Refused() =>
        Assert.Throws<ArgumentException>(() => new NoteContext([Candidate("I10", 1f, 0)], []));

    [Fact]
    public void StrengthRank_StrongestZero_WeakerByShareOfStrongerCandidates()
    {
        var strong = Candidate("I10", 1f, 0, 3);
        var middle = Candidate("E119", 1f, 1);
        var weak = Candidate("R51", 0.5f, 2);
        var context = Of(weak, strong, middle);

        Assert.Equal(0, context.StrengthRank(strong));
        Assert.Equal(1 / 3.0, context.StrengthRank(middle), 12);
        Assert.Equal(2 / 3.0, context.StrengthRank(weak), 12);
        Assert.Equal(3, context.Count);
        Assert.Equal(4, context.Sentences);
    }

    [Fact]
    public void StrengthRank_Ties_ShareTheirRank()
    {
        var a = Candidate("I10", 1f, 0);
        var b = Candidate("R51", 1f, 1);
        var context = Of(a, b);

        Assert.Equal(0, context.StrengthRank(a));
        Assert.Equal(0, context.StrengthRank(b));
    }

    [Fact]
    public void AncestorAndDescendant_OnlyWhenTheOtherCodeIsACandidate()
    {
        var category = Candidate("I50", 1f, 0);
        var specific = Candidate("I5023", 1f, 0);
        var other = Candidate("E119", 1f, 1);
        var context = Of(category, specific, other);

        Assert.True(context.HasDescendant(category));
        Assert.False(context.HasAncestor(category));
        Assert.True(context.HasAncestor(specific));
        Assert.False(context.HasDescendant(specific));
        Assert.False(context.HasAncestor(other) || context.HasDescendant(other));
    }

    private static CodePriors Coded(params (string Code, int Notes)[] counts) =>
        new(counts.ToDictionary(c => (CodeSystemId.Icd10Cm, c.Code), c => new CodeStats(c.Notes, 0, 0)));

    [Fact]
    public void SpanRivals_CodesOnTheSameWords_RankedByTrainNotesCoded()
    {
        var common = Candidate("I509", 1f, 0);
        var rare = Candidate("I5020", 0.6f, 0);
        var elsewhere = Candidate("I10", 1f, 1);
        var context = new NoteContext([common, rare, elsewhere], [CandidateContext.Alone, CandidateContext.Alone, CandidateContext.Alone],
            Coded(("I509", 40), ("I5020", 3), ("I10", 90)));

        Assert.Equal(1, context.SpanRivals(common));
        Assert.Equal(0, context.SpanPriorRank(common));
        Assert.Equal(1, context.SpanPriorRank(rare), 12);
        Assert.Equal(0, context.SpanRivals(elsewhere));
        Assert.Equal(0, context.SpanPriorRank(elsewhere));
    }

    [Fact]
    public void CategoryPriorRank_ShareOfTheCategoryCodedMoreOften()
    {
        var a = Candidate("I5020", 1f, 0);
        var b = Candidate("I5022", 1f, 1);
        var c = Candidate("I509", 1f, 2);
        var context = new NoteContext([a, b, c], [CandidateContext.Alone, CandidateContext.Alone, CandidateContext.Alone],
            Coded(("I5020", 5), ("I5022", 10), ("I509", 40)));

        Assert.Equal(0, context.CategoryPriorRank(c));
        Assert.Equal(0.5, context.CategoryPriorRank(b), 12);
        Assert.Equal(1, context.CategoryPriorRank(a), 12);
    }

    [Fact]
    public void FullDescendant_OnlyForAFullyMatchedDescendant()
    {
        var category = Candidate("I50", 1f, 0);
        var partial = Candidate("I502", 0.5f, 1);
        var full = Candidate("I5023", 1f, 2);
        var context = Of(category, partial, full);

        Assert.True(context.HasFullDescendant(category));
        Assert.True(context.HasFullDescendant(partial));
        Assert.False(context.HasFullDescendant(full));
        var alone = Candidate("I50", 1f, 0);
        Assert.False(Of(alone, Candidate("I502", 0.5f, 1)).HasFullDescendant(alone));
    }

    [Fact]
    public void Features_CandidateAlone_NeutralValues()
    {
        var alone = Candidate("I10", 1f, 0);
        var context = Of(alone);

        Assert.Equal(0, context.StrengthRank(alone));
        Assert.Equal(0, context.TopicRank(alone));
        Assert.False(context.HasAncestor(alone) || context.HasDescendant(alone));
        Assert.Equal(0, context.SpanRivals(alone));
        Assert.Equal(0, context.CategoryPriorRank(alone));
        Assert.False(context.HasFullDescendant(alone));
    }
}
