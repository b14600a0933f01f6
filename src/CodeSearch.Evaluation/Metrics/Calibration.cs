namespace CodeSearch.Evaluation.Metrics;

/// <summary>One score bin of a reliability table; <see cref="MeanScore"/> and <see cref="FractionCorrect"/> are null when empty.</summary>
public sealed record CalibrationBin(double Lower, double Upper, int Count, double? MeanScore, double? FractionCorrect);

/// <summary>A reliability table and its expected calibration error.</summary>
/// <param name="Bins">Equal-width score bins over [0,1]; bin i holds scores in [i/n, (i+1)/n), the last one includes 1.</param>
/// <param name="ExpectedCalibrationError">ECE = sum over bins of (count / total) * |fraction correct - mean score|.</param>
/// <param name="Total">Scored predictions.</param>
public sealed record Calibration(IReadOnlyList<CalibrationBin> Bins, double ExpectedCalibrationError, int Total)
{
    public const int DefaultBinCount = 10;

    /// <summary>Builds the table; scores outside [0,1] are clamped into the end bins.</summary>
    public static Calibration Of(IEnumerable<(double Score, bool Correct)> points, int binCount = DefaultBinCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        var counts = new int[binCount];
        var scoreSums = new double[binCount];
        var correct = new int[binCount];
        foreach (var (score, isCorrect) in points)
        {
            var clamped = Math.Clamp(score, 0, 1);
            var bin = Math.Min((int)(clamped * binCount), binCount - 1);
            counts[bin]++;
            scoreSums[bin] += clamped;
            if (isCorrect) correct[bin]++;
        }
        var total = counts.Sum();
        var bins = new List<CalibrationBin>(binCount);
        double ece = 0;
        for (var i = 0; i < binCount; i++)
        {
            double? mean = counts[i] == 0 ? null : scoreSums[i] / counts[i];
            double? accuracy = counts[i] == 0 ? null : (double)correct[i] / counts[i];
            if (counts[i] > 0) ece += (double)counts[i] / total * Math.Abs(accuracy!.Value - mean!.Value);
            bins.Add(new CalibrationBin((double)i / binCount, (double)(i + 1) / binCount, counts[i], mean, accuracy));
        }
        return new Calibration(bins, ece, total);
    }
}
