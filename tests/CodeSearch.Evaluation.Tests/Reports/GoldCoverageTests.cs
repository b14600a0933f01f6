using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Reports;

namespace CodeSearch.Evaluation.Tests.Reports;

public class GoldCoverageTests
{
    [Fact]
    public void Of_GoldGoneFromRelease_CountedAndListedOncePerDocument()
    {
        var release = new ReleaseCodeSet(CodeSystemId.Icd10Cm, "FY2026", ["E119", "I10"]);
        var dataset = new EvalDataset(DatasetKind.Notes,
        [
            new("a", "t", ["E11.9", "E11.8", "E11.8"], CodeSystemId.Icd10Cm),
            new("b", "t", ["I10", "E11.8"], CodeSystemId.Icd10Cm),
        ]);

        var coverage = GoldCoverage.Of(dataset, _ => release);

        Assert.Equal((4, 2), (coverage.GoldCodes, coverage.NotInRelease));
        Assert.Equal(["E11.8"], coverage.MissingCodes);
        Assert.Equal(["ICD-10-CM FY2026"], coverage.Releases);
    }
}
