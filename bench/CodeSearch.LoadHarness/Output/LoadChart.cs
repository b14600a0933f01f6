using CodeSearch.LoadHarness.Running;
using CodeSearch.LoadHarness.Stats;
using ScottPlot;

namespace CodeSearch.LoadHarness.Output;

/// <summary>
/// One PNG, two panels: latency p50/p90/p99 per RPC on a log scale (left) and throughput per RPC with its ratio to the
/// health Check (right), both on log scales so a 3,000/s health Check and a 15/s SuggestCodes are both readable. Each closed-loop single-RPC scenario is one group; the open-loop run is shown as its own group.
/// </summary>
internal static class LoadChart
{
    private static readonly double[] Decades = [0.1, 1, 10, 100, 1000, 10000, 100000];

    public static void Write(RunReport report, string path)
    {
        var groups = report.Scenarios.Where(s => s.Rpcs.Count == 1 || s.Mode == "open")
            .Select(s => (Label: s.Mode == "open" ? s.Name : s.Rpcs[0].Rpc, Stats: s.Rpcs[0])).ToList();
        if (groups.Count == 0) return;
        if (!ChartFonts.Ensure()) Console.WriteLine("no TrueType font found: the chart has no text");
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        Latency(multiplot.Subplots.GetPlot(0), groups);
        Throughput(multiplot.Subplots.GetPlot(1), groups);
        multiplot.SavePng(path, 1400, 560);
    }

    private static void Latency(Plot plot, List<(string Label, RpcStats Stats)> groups)
    {
        var palette = new ScottPlot.Palettes.Category10();
        var floor = Math.Log10(Decades[0]);
        var bars = new List<Bar>();
        for (var g = 0; g < groups.Count; g++)
        {
            double[] values = [groups[g].Stats.P50Ms, groups[g].Stats.P90Ms, groups[g].Stats.P99Ms];
            for (var p = 0; p < values.Length; p++)
            {
                bars.Add(new Bar
                {
                    Position = g * 4 + p, Value = Math.Log10(Math.Max(values[p], Decades[0])), ValueBase = floor,
                    FillColor = palette.GetColor(p), Label = values[p] >= 10 ? $"{values[p]:0}" : $"{values[p]:0.0}",
                });
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Left.SetTicks(Decades.Select(Math.Log10).ToArray(), Decades.Select(d => d >= 1 ? $"{d:0}" : $"{d}").ToArray());
        plot.Axes.Bottom.SetTicks(groups.Select((_, g) => g * 4 + 1.0).ToArray(), groups.Select(x => x.Label).ToArray());
        plot.Axes.SetLimitsY(floor, Math.Log10(Math.Max(10, groups.Max(x => x.Stats.P99Ms)) * 3));
        plot.Title("Latency (ms, log scale)");
        plot.YLabel("milliseconds");
        string[] names = ["p50", "p90", "p99"];
        for (var p = 0; p < names.Length; p++) plot.Legend.ManualItems.Add(new LegendItem { LabelText = names[p], FillColor = palette.GetColor(p) });
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static void Throughput(Plot plot, List<(string Label, RpcStats Stats)> groups)
    {
        var floor = Math.Log10(Decades[0]);
        var bars = groups.Select((x, g) => new Bar
        {
            Position = g, Value = Math.Log10(Math.Max(x.Stats.CallsPerSecond, Decades[0])), ValueBase = floor,
            FillColor = new ScottPlot.Palettes.Category10().GetColor(3),
            Label = x.Stats.RatioToHealth is { } r ? $"{x.Stats.CallsPerSecond:0}/s ({r:0.###}x)" : $"{x.Stats.CallsPerSecond:0}/s",
        }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Left.SetTicks(Decades.Select(Math.Log10).ToArray(), Decades.Select(d => d >= 1 ? $"{d:0}" : $"{d}").ToArray());
        plot.Axes.Bottom.SetTicks(groups.Select((_, g) => (double)g).ToArray(), groups.Select(x => x.Label).ToArray());
        plot.Axes.SetLimitsY(floor, Math.Log10(Math.Max(10, groups.Max(x => x.Stats.CallsPerSecond)) * 3));
        plot.Title("Throughput (calls/s, log scale; ratio to health Check)");
        plot.YLabel("calls per second");
    }
}
