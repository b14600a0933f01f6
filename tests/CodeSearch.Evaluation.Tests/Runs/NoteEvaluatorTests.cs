using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Runs;
using CodeSearch.Evaluation.Tests.Support;

namespace CodeSearch.Evaluation.Tests.Runs;

public class NoteEvaluatorTests
{
    private static readonly string[] Fillers = Enumerable.Range(1, 19).Select(i => $"R{i:D2}").ToArray();
    private static readonly ReleaseCodeSet Release = new(CodeSystemId.Icd10Cm, "FY2026", ["I10", "E119", "J45", .. Fillers]);

    // Note one: I10 first, 19 wrong codes, then E11.9 at rank 21, past the default cut-off of 20. Note two: nothing.
    private static readonly FakeSuggester Suggester = new(new Dictionary<string, (string, double)[]>
    {
        ["note one"] = [("I10", 0.9), .. Fillers.Select(f => (f, 0.5)), ("E119", 0.05)],
    });

    private static readonly EvalDataset Dataset = new(DatasetKind.Notes,
    [
        new("n1", "note one", ["I10", "E11.9"], CodeSystemId.Icd10Cm),
        new("n2", "note two", ["J45"], CodeSystemId.Icd10Cm),
    ]);

    [Fact]
    public void Run_MapOnLongListAndPrfAtDefaultCutoff()
    {
        var report = new NoteEvaluator(Suggester, _ => Release).Run(Dataset, measureThroughput: false);

        Assert.True(report.EngineAvailable);
        Assert.Equal(((1 + 2.0 / 21) / 2 + 0) / 2, report.MeanAveragePrecision!.Value, 10);
        Assert.Equal((1, 20, 3), (report.DefaultCutoff!.TruePositives, report.DefaultCutoff.Predicted, report.DefaultCutoff.Gold));
        Assert.Equal(20, report.Rows[0].Suggested.Count);
        Assert.Null(report.Throughput);
    }

    [Fact]
    public void Run_RecallDecompositionOnLongList()
    {
        var recall = new NoteEvaluator(Suggester, _ => Release).Run(Dataset, measureThroughput: false).Recall!;

        Assert.Equal((3, 2, 0, 1), (recall.GoldCodes, recall.Suggested, recall.Excluded, recall.NeverProposed));
        Assert.Equal((1.0 + 0) / 2, recall.PerfectRankingMap, 10);
    }

    [Fact]
    public void Run_RowsListGoldCodesNeverProposed()
    {
        var rows = new NoteEvaluator(Suggester, _ => Release).Run(Dataset, measureThroughput: false).Rows;

        Assert.Empty(rows[0].NeverProposed);
        Assert.Equal(["J45"], rows[1].NeverProposed);
        Assert.Empty(rows[1].ExcludedGold);
    }

    [Fact]
    public void Run_CalibrationOverLongListScores()
    {
        var calibration = new NoteEvaluator(Suggester, _ => Release).Run(Dataset, measureThroughput: false).Calibration!;

        Assert.Equal(21, calibration.Total);
        Assert.Equal((1, 1.0), (calibration.Bins[9].Count, calibration.Bins[9].FractionCorrect!.Value));
        Assert.Equal((19, 0.0), (calibration.Bins[5].Count, calibration.Bins[5].FractionCorrect!.Value));
        Assert.Equal((1, 1.0), (calibration.Bins[0].Count, calibration.Bins[0].FractionCorrect!.Value));
    }

    [Fact]
    public void Run_EngineNotImplemented_ReportsUnavailableWithGoldCoverage()
    {
        var report = new NoteEvaluator(FakeSuggester.NotImplemented(), _ => Release).Run(Dataset, measureThroughput: true);

        Assert.False(report.EngineAvailable);
        Assert.Null(report.MeanAveragePrecision);
        Assert.Equal((3, 0), (report.Gold.GoldCodes, report.Gold.NotInRelease));
    }
}
