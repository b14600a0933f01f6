using CodeSearch.Evaluation.Reports;

namespace CodeSearch.Evaluation.Tests.Reports;

public class ReportTextTests
{
    private static readonly GoldCoverage Gold = new(10, 1, ["E11.8"], ["ICD-10-CM FY2026"]);

    [Fact]
    public void Lines_PhrasesWithoutEngine_SearchScoresAndSuggestNotAvailable()
    {
        var lines = ReportText.Lines(new PhrasesReport(4, Gold, new TopKScores(0.25, 0.5, 4), null, [], [], [])).ToList();

        Assert.Contains(lines, l => l.StartsWith("SearchCodes") && l.Contains("0.250") && l.Contains("0.500"));
        Assert.Contains(lines, l => l.StartsWith("SuggestCodes") && l.Contains("n/a"));
        Assert.Contains(lines, l => l.Contains("1 not in the served release"));
    }

    [Fact]
    public void Lines_NotesWithoutEngine_SaysNotAvailable()
    {
        var lines = ReportText.Lines(new NotesReport(3, Gold, false, null, null, null, null, [])).ToList();

        Assert.Contains(lines, l => l.Contains("n/a"));
        Assert.DoesNotContain(lines, l => l.StartsWith("MAP"));
    }
}
