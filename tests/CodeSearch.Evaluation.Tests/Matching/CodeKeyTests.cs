using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;

namespace CodeSearch.Evaluation.Tests.Matching;

public class CodeKeyTests
{
    [Theory]
    [InlineData(CodeSystemId.Icd10Cm, "e119", "E11.9")]
    [InlineData(CodeSystemId.Icd10Cm, " E11.9 ", "E11.9")]
    [InlineData(CodeSystemId.Icd10Cm, "j45", "J45")]
    [InlineData(CodeSystemId.Icd10Pcs, "0dtj0zz", "0DTJ0ZZ")]
    [InlineData(CodeSystemId.Icd10Pcs, "0ttb", "0TTB")]
    [InlineData(CodeSystemId.Icd10Cm, "not a code", "NOT A CODE")]
    public void Normalize_AnySpelling_ComparisonForm(CodeSystemId system, string input, string expected)
    {
        Assert.Equal(expected, CodeKey.Normalize(system, input));
    }

    [Theory]
    [InlineData(DatasetKind.Notes, CodeSystemId.Icd10Cm, MatchRule.Exact)]
    [InlineData(DatasetKind.Notes, CodeSystemId.Icd10Pcs, MatchRule.Prefix)]
    [InlineData(DatasetKind.Phrases, CodeSystemId.Icd10Cm, MatchRule.Prefix)]
    public void MatchRules_For_DatasetAndSystem(DatasetKind kind, CodeSystemId system, MatchRule expected)
    {
        Assert.Equal(expected, MatchRules.For(kind, system));
    }
}
