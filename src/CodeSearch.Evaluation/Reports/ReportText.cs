using System.Globalization;
using CodeSearch.Evaluation.Metrics;

namespace CodeSearch.Evaluation.Reports;

/// <summary>The short console tables of an evaluation (numbers and codes only, never note text).</summary>
public static class ReportText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEnumerable<string> Lines(NotesReport report)
    {
        foreach (var line in Header(report.Documents, "notes", report.Gold)) yield return line;
        if (!report.EngineAvailable)
        {
            yield return "SuggestCodes   n/a (the suggestion engine is not implemented yet)";
            yield break;
        }
        yield return F($"MAP            {report.MeanAveragePrecision:F3}   (official CodiEsp; long list: max_results 200, min_score 0)");
        var p = report.DefaultCutoff!;
        yield return F($"default cutoff P {p.Precision:F3}  R {p.Recall:F3}  F1 {p.F1:F3}   (tp {p.TruePositives}, fp {p.FalsePositives}, fn {p.FalseNegatives})");
        if (report.Recall is { GoldCodes: > 0 } r)
        {
            yield return F($"gold codes lost {100.0 * r.NeverProposed / r.GoldCodes:F1}% never proposed, {100.0 * r.Excluded / r.GoldCodes:F1}% excluded by assertion; perfect ranking of the suggestions: MAP {r.PerfectRankingMap:F3}");
        }
        foreach (var line in CalibrationLines(report.Calibration!)) yield return line;
        if (report.Throughput is { } t)
        {
            yield return F($"throughput     {t.SequentialPerSecond:F1} notes/s on 1 thread, {t.ParallelPerSecond:F1} notes/s on {t.Threads} threads");
            yield return F($"latency        median {t.MedianMilliseconds:F1} ms, p95 {t.P95Milliseconds:F1} ms per note ({t.Documents} notes after warm-up)");
        }
    }

    public static IEnumerable<string> Lines(PhrasesReport report)
    {
        foreach (var line in Header(report.Documents, "phrases", report.Gold)) yield return line;
        yield return "               top-1   top-5";
        yield return F($"SearchCodes    {report.Search.Top1,5:F3}   {report.Search.Top5,5:F3}");
        yield return report.Suggest is { } s
            ? F($"SuggestCodes   {s.Top1,5:F3}   {s.Top5,5:F3}")
            : "SuggestCodes     n/a     n/a   (not run: search only, or the suggestion engine is not implemented yet)";
        foreach (var line in GroupLines("by kind", report.ByKind)) yield return line;
        if (report.BySystem.Count > 1)
        {
            foreach (var line in GroupLines("by system", report.BySystem)) yield return line;
        }
    }

    /// <summary>One line per group: rows, then SearchCodes (and SuggestCodes when run) top-1 and top-5.</summary>
    private static IEnumerable<string> GroupLines(string title, IReadOnlyList<GroupScores> groups)
    {
        if (groups.Count == 0) yield break;
        var width = Math.Max(14, groups.Max(g => g.Group.Length) + 2);
        var suggest = groups.Any(g => g.Suggest is not null);
        yield return F($"{title.PadRight(width)}  rows   search top-1  top-5") + (suggest ? "   suggest top-1  top-5" : "");
        foreach (var g in groups)
        {
            var line = F($"  {g.Group.PadRight(width - 2)}  {g.Search.Rows,4}          {g.Search.Top1,5:F3}  {g.Search.Top5,5:F3}");
            yield return g.Suggest is { } s ? line + F($"           {s.Top1,5:F3}  {s.Top5,5:F3}") : line;
        }
    }

    private static IEnumerable<string> Header(int documents, string kind, GoldCoverage gold)
    {
        yield return F($"documents      {documents} {kind}  [{string.Join(", ", gold.Releases)}]");
        yield return F($"gold codes     {gold.GoldCodes}, {gold.NotInRelease} not in the served release (kept in the denominator)");
    }

    private static IEnumerable<string> CalibrationLines(Calibration calibration)
    {
        yield return "calibration    score bin     count  mean score  fraction correct";
        foreach (var bin in calibration.Bins)
        {
            var mean = bin.MeanScore is { } m ? m.ToString("F3", Invariant) : "-";
            var correct = bin.FractionCorrect is { } c ? c.ToString("F3", Invariant) : "-";
            yield return F($"               [{bin.Lower:F1}, {bin.Upper:F1}) {bin.Count,7}  {mean,10}  {correct,16}");
        }
        yield return F($"ECE            {calibration.ExpectedCalibrationError:F3}   ({calibration.Total} scored suggestions)");
    }

    private static string F(FormattableString text) => text.ToString(Invariant);
}
