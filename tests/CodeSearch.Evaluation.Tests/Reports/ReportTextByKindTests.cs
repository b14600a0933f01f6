using CodeSearch.Evaluation.Reports;

namespace CodeSearch.Evaluation.Tests.Reports;

public class ReportTextByKindTests
{
    private static readonly GoldCoverage Gold = new(3, 0, [], ["ICD-10-CM FY2026", "HCPCS 2026-01"]);

    private static PhrasesReport Report(IReadOnlyList<GroupScores> bySystem, TopKScores? suggest = null) => new(3, Gold,
        new TopKScores(1.0 / 3, 2.0 / 3, 3), suggest, [],
        [
            new("abbreviation", new TopKScores(0, 0.5, 2), suggest is null ? null : new TopKScores(0.5, 1, 2)),
            new("supply", new TopKScores(1, 1, 1), suggest is null ? null : new TopKScores(0, 0, 1)),
        ],
        bySystem);

    [Fact]
    public void Lines_PhrasesWithKinds_OneLinePerKindWithRowsAndScores()
    {
        var lines = ReportText.Lines(Report([new("ICD-10-CM", new TopKScores(0, 0.5, 2), null)])).ToList();

        Assert.Contains(lines, l => l.StartsWith("by kind", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("abbreviation", StringComparison.Ordinal) && l.Contains(" 2 ") && l.Contains("0.000") && l.Contains("0.500"));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("supply", StringComparison.Ordinal) && l.Contains("1.000"));
        // One system: the overall line already is its score.
        Assert.DoesNotContain(lines, l => l.StartsWith("by system", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_SeveralSystems_BySystemTable()
    {
        var lines = ReportText.Lines(Report(
        [
            new("ICD-10-CM", new TopKScores(0, 0.5, 2), null),
            new("HCPCS", new TopKScores(1, 1, 1), null),
        ])).ToList();

        Assert.Contains(lines, l => l.StartsWith("by system", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("HCPCS", StringComparison.Ordinal) && l.Contains("1.000"));
    }

    [Fact]
    public void Lines_SuggestRun_KindLinesCarrySuggestColumns()
    {
        var lines = ReportText.Lines(Report([], new TopKScores(1.0 / 3, 2.0 / 3, 3))).ToList();

        Assert.Contains(lines, l => l.StartsWith("by kind", StringComparison.Ordinal) && l.Contains("suggest"));
        var supply = Assert.Single(lines, l => l.TrimStart().StartsWith("supply", StringComparison.Ordinal));
        Assert.Equal(4, supply.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(t => t.Contains('.')));
    }

    [Fact]
    public void Lines_NoKinds_NoKindTable()
    {
        var report = Report([]) with { ByKind = [] };

        Assert.DoesNotContain(ReportText.Lines(report), l => l.StartsWith("by kind", StringComparison.Ordinal));
    }
}
