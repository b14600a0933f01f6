using System.Globalization;
using CodeSearch.LoadHarness.Running;

namespace CodeSearch.LoadHarness.Output;

/// <summary>A plain table per scenario on standard output: figures only, never request contents.</summary>
internal static class ConsoleReport
{
    public static void Print(ScenarioResult s)
    {
        var target = s.TargetRate is { } r ? $", target {r:0.#}/s" : "";
        Console.WriteLine($"\n== {s.Name} ({s.Mode} loop, {s.Connections} connection(s), concurrency {s.Concurrency}{target}, {s.ElapsedSeconds:0.0} s)");
        Console.WriteLine($"{"rpc",-12} {"calls",8} {"calls/s",9} {"x health",8} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8}  errors");
        foreach (var r2 in s.Rpcs)
        {
            var errors = r2.ErrorsByStatus.Count == 0 ? "0" : string.Join(" ", r2.ErrorsByStatus.Select(e => $"{e.Key}={e.Value}"));
            var ratio = r2.RatioToHealth is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r2.Rpc,-12} {r2.Calls,8} {r2.CallsPerSecond,9:0.0} {ratio,8} {r2.P50Ms,8:0.00} {r2.P90Ms,8:0.00} {r2.P99Ms,8:0.00} {r2.MaxMs,8:0.0}  {errors}"));
        }
    }
}
