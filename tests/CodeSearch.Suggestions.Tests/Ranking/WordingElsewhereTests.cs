using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Ranking;
using static CodeSearch.Suggestions.Tests.Ranking.ExplainedSymptomsTests;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class WordingElsewhereTests
{
    private const int Pain = 1, Abdominal = 2, Chest = 3;

    [Fact]
    public void BareWord_InsideALongerFullyMatchedWording_Marked()
    {
        var pain = Candidate("R52", 1f, TermSource.Learned, AssertionKind.Present, Pain);
        var abdominal = Candidate("R109", 1f, TermSource.Description, AssertionKind.Present, Abdominal, Pain);
        var chest = Candidate("R079", 1f, TermSource.Description, AssertionKind.Present, Chest);

        Assert.Equal([true, false, false], WordingElsewhere.For([pain, abdominal, chest]));
    }

    [Fact]
    public void LongerWording_PartlyMatchedOrNegated_MarksNothing()
    {
        var pain = Candidate("R52", 1f, TermSource.Learned, AssertionKind.Present, Pain);

        Assert.False(WordingElsewhere.For([pain, Candidate("R109", 0.7f, TermSource.Description, AssertionKind.Present, Abdominal, Pain)])[0]);
        Assert.False(WordingElsewhere.For([pain, Candidate("R109", 1f, TermSource.Description, AssertionKind.Negated, Abdominal, Pain)])[0]);
    }

    [Fact]
    public void ProcedureCodes_NotMarked()
    {
        var biopsy = Candidate("0FB00ZX", 1f, TermSource.Learned, AssertionKind.Present, Pain);
        biopsy = biopsy with { Code = biopsy.Code with { System = CodeSearch.Core.CodeSystemId.Icd10Pcs } };
        var longer = Candidate("0FB03ZX", 1f, TermSource.Description, AssertionKind.Present, Abdominal, Pain);
        longer = longer with { Code = longer.Code with { System = CodeSearch.Core.CodeSystemId.Icd10Pcs } };

        Assert.Equal([false, false], WordingElsewhere.For([biopsy, longer]));
    }

    [Fact]
    public void SameWords_NotLonger_NotMarked()
    {
        var a = Candidate("R52", 1f, TermSource.Learned, AssertionKind.Present, Pain);
        var b = Candidate("G8929", 1f, TermSource.Synonym, AssertionKind.Present, Pain);

        Assert.Equal([false, false], WordingElsewhere.For([a, b]));
    }
}
