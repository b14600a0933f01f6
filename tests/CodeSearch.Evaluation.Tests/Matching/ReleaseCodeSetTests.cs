using CodeSearch.Core;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Tests.Support;

namespace CodeSearch.Evaluation.Tests.Matching;

public class ReleaseCodeSetTests
{
    private static readonly ReleaseCodeSet Pcs = new(CodeSystemId.Icd10Pcs, "FY2026", ["0TTB0ZZ", "0DTJ0ZZ"]);
    private static readonly ReleaseCodeSet Cm = new(CodeSystemId.Icd10Cm, "FY2026", ["J45", "J45909", "E119"]);

    [Fact]
    public void Contains_DottedForm_True()
    {
        Assert.True(Cm.Contains("J45.909"));
        Assert.True(Cm.Contains("J45"));
        Assert.False(Cm.Contains("J45.90"));
    }

    [Fact]
    public void ContainsGold_TruncatedPcsUnderPrefixRule_True()
    {
        Assert.True(Pcs.ContainsGold("0TTB", MatchRule.Prefix));
        Assert.False(Pcs.ContainsGold("0TTB", MatchRule.Exact));
        Assert.False(Pcs.ContainsGold("0TTC", MatchRule.Prefix));
    }

    [Fact]
    public void ContainsGold_DeletedCode_False()
    {
        Assert.False(Cm.ContainsGold("E11.8", MatchRule.Exact));
        Assert.True(Cm.ContainsGold("e119", MatchRule.Exact));
    }

    [Fact]
    public void NewestPerSystem_AskedOnEveryRow_ReadsTheReleaseOnce()
    {
        var index = new FakeIndex(new Dictionary<string, string[]>());
        var releases = ReleaseCodeSet.NewestPerSystem(index);

        var sets = Enumerable.Range(0, 5).Select(_ => releases(CodeSystemId.Icd10Cm)).ToList();

        Assert.Equal(1, index.CodesReads);
        Assert.All(sets, s => Assert.Same(sets[0], s));
        Assert.True(sets[0].Contains("J45.909"));
    }

    [Fact]
    public void Newest_FromIndex_CodesOfTheNewestRelease()
    {
        var set = ReleaseCodeSet.Newest(new FakeIndex(new Dictionary<string, string[]>()), CodeSystemId.Icd10Cm);

        Assert.Equal("FY2026", set.ReleaseId);
        Assert.True(set.Contains("E11.9"));
    }
}
