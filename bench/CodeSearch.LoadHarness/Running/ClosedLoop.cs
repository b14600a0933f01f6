using System.Diagnostics;
using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Stats;
using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Running;

/// <summary>
/// Closed loop: <c>concurrency</c> workers each send a call, wait for its answer, and send the next, for a duration
/// or until a total number of calls. A warm-up of the same shape runs first and is not recorded.
/// </summary>
internal sealed class ClosedLoop(RpcCaller caller, BenchOptions options)
{
    /// <summary>Runs <paramref name="pick"/>'s RPCs (one kind, or a draw from a mix per call).</summary>
    public async Task<ScenarioResult> RunAsync(string name, Func<Random, RpcKind> pick)
    {
        if (options.WarmupSeconds > 0) await Loop(new Recorder(options.Concurrency), pick, TimeSpan.FromSeconds(options.WarmupSeconds), null);
        var recorder = new Recorder(options.Concurrency);
        var elapsed = await Loop(recorder, pick, TimeSpan.FromSeconds(options.DurationSeconds), options.Requests);
        return new ScenarioResult(name, "closed", options.Connections, options.Concurrency, null, Math.Round(elapsed.TotalSeconds, 3),
            recorder.Summarize(elapsed));
    }

    private async Task<TimeSpan> Loop(Recorder recorder, Func<Random, RpcKind> pick, TimeSpan duration, int? requests)
    {
        long issued = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        bool More() => requests is { } n ? Interlocked.Increment(ref issued) <= n : Stopwatch.GetTimestamp() < deadline;

        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(1000 + worker);
            while (More())
            {
                var kind = pick(random);
                var t0 = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    await caller.CallAsync(kind, worker, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    error = CallOutcome.Of(ex);
                }
                recorder.Record(worker, kind, Stopwatch.GetElapsedTime(t0).TotalMilliseconds, error);
            }
        })));
        return Stopwatch.GetElapsedTime(started);
    }
}
