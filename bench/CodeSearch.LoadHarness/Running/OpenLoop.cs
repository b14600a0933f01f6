using System.Diagnostics;
using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Stats;
using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Running;

/// <summary>
/// Open loop: calls start on a fixed schedule (rate per second) whether or not earlier ones have answered, and each
/// latency is measured from the call's scheduled start, so a server (or client) falling behind shows up in the
/// percentiles instead of silently lowering the rate (no coordinated omission). At most <see cref="MaxInFlight"/>
/// calls wait at once; a call that would exceed that is counted as "client:Overloaded" and not sent.
/// </summary>
internal sealed class OpenLoop(RpcCaller caller, BenchOptions options)
{
    public const int MaxInFlight = 2000;

    public async Task<ScenarioResult> RunAsync(RpcKind kind, double rate)
    {
        if (options.WarmupSeconds > 0) await Loop(kind, rate, new Recorder(1), TimeSpan.FromSeconds(options.WarmupSeconds), null);
        var recorder = new Recorder(1);
        var elapsed = await Loop(kind, rate, recorder, TimeSpan.FromSeconds(options.DurationSeconds), options.Requests);
        return new ScenarioResult($"{RpcNames.Name(kind)}@{rate:0.#}/s", "open", options.Connections, MaxInFlight,
            Math.Round(rate, 1), Math.Round(elapsed.TotalSeconds, 3), recorder.Summarize(elapsed));
    }

    private async Task<TimeSpan> Loop(RpcKind kind, double rate, Recorder recorder, TimeSpan duration, int? requests)
    {
        var total = requests ?? (long)Math.Max(1, Math.Round(rate * duration.TotalSeconds));
        var interval = Stopwatch.Frequency / rate;
        var inFlight = new List<Task>();
        var pending = 0;
        var started = Stopwatch.GetTimestamp();
        for (long k = 0; k < total; k++)
        {
            var scheduled = started + (long)(k * interval);
            var wait = scheduled - Stopwatch.GetTimestamp();
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            if (Volatile.Read(ref pending) >= MaxInFlight)
            {
                recorder.Record(0, kind, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds, "client:Overloaded");
                continue;
            }
            Interlocked.Increment(ref pending);
            inFlight.Add(Task.Run(async () =>
            {
                string? error = null;
                try
                {
                    await caller.CallAsync(kind, 0, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    error = CallOutcome.Of(ex);
                }
                recorder.Record(0, kind, Stopwatch.GetElapsedTime(scheduled).TotalMilliseconds, error);
                Interlocked.Decrement(ref pending);
            }));
        }
        await Task.WhenAll(inFlight);
        return Stopwatch.GetElapsedTime(started);
    }
}
