using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Tests.Metrics;

public class CalibrationTests
{
    [Fact]
    public void Of_FivePoints_BinsAndExpectedCalibrationError()
    {
        var table = Calibration.Of([(0.05, false), (0.05, true), (0.5, false), (0.95, true), (1.0, true)]);

        Assert.Equal(10, table.Bins.Count);
        Assert.Equal(5, table.Total);
        var low = table.Bins[0];
        Assert.Equal((2, 0.05, 0.5), (low.Count, low.MeanScore!.Value, low.FractionCorrect!.Value));
        Assert.Equal((1, 0.0), (table.Bins[5].Count, table.Bins[5].FractionCorrect!.Value));
        Assert.Equal(2, table.Bins[9].Count);
        Assert.Equal(0.975, table.Bins[9].MeanScore!.Value, 10);
        // 2/5 * |0.5 - 0.05| + 1/5 * |0 - 0.5| + 2/5 * |1 - 0.975|
        Assert.Equal(0.4 * 0.45 + 0.2 * 0.5 + 0.4 * 0.025, table.ExpectedCalibrationError, 10);
    }

    [Fact]
    public void Of_EmptyBins_CountZeroAndNoMeans()
    {
        var bin = Calibration.Of([(0.95, true)]).Bins[3];

        Assert.Equal((0, null, null), (bin.Count, bin.MeanScore, bin.FractionCorrect));
        Assert.Equal((0.3, 0.4), (bin.Lower, bin.Upper));
    }

    [Fact]
    public void Of_BoundariesAndOutOfRange_LowerEdgeInclusiveAndClamped()
    {
        var table = Calibration.Of([(0.1, true), (-0.2, false), (1.4, true)]);

        Assert.Equal(1, table.Bins[1].Count);
        Assert.Equal(1, table.Bins[0].Count);
        Assert.Equal(1, table.Bins[9].Count);
        Assert.Equal(1.0, table.Bins[9].MeanScore!.Value, 10);
    }

    [Fact]
    public void Of_PerfectlyCalibrated_ZeroError()
    {
        Assert.Equal(0.0, Calibration.Of([(1.0, true), (0.0, false)]).ExpectedCalibrationError, 10);
    }

    [Fact]
    public void Of_NoPoints_ZeroTotalAndError()
    {
        var table = Calibration.Of([]);

        Assert.Equal((0, 0.0), (table.Total, table.ExpectedCalibrationError));
    }
}
