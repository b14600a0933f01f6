using System.Diagnostics;
using Log = CodeSearch.Server.Hosting.StartupTimelineLog;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Times the start-up, one log line per step (event 4880) with its wall-clock and CPU milliseconds and the JIT's share,
/// then the totals from process start to SERVING (4881) and to the end of the start-up (4882). CPU time is the figure
/// to compare on a busy machine, where wall-clock times stretch with the other jobs' load.
/// </summary>
internal sealed class StartupTimeline
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly DateTimeOffset _processStart;
    private int _servingLogged;
    private volatile bool _complete;

    public StartupTimeline(TimeProvider time, ILogger<StartupTimeline> logger, IHostApplicationLifetime? lifetime = null)
    {
        (_time, _logger) = (time, logger);
        using var process = Process.GetCurrentProcess();
        _processStart = process.StartTime.ToUniversalTime();
        lifetime?.ApplicationStarted.Register(() => Total(StartupStep.Host));
    }

    public StartupMark Mark() => StartupMark.Now(_time);

    /// <summary>Logs <paramref name="step"/> as the time from <paramref name="since"/> to now.</summary>
    public void Step(StartupStep step, StartupMark since)
    {
        if (_complete) return; // a reload's warm-up is not the start-up's
        var now = Mark();
        Log.Step(_logger, step, _time.GetElapsedTime(since.Timestamp, now.Timestamp).TotalMilliseconds,
            (now.Cpu - since.Cpu).TotalMilliseconds, (now.Jit - since.Jit).TotalMilliseconds, now.JitMethods - since.JitMethods);
    }

    /// <summary>Logs a step timed elsewhere (on another thread), with that thread's CPU time when known (-1 when not).</summary>
    public void Step(StartupStep step, TimeSpan elapsed, TimeSpan? threadCpu)
    {
        if (!_complete) Log.Part(_logger, step, elapsed.TotalMilliseconds, threadCpu?.TotalMilliseconds ?? -1);
    }

    /// <summary>Logs the first SERVING since process start (once per process).</summary>
    public void Serving()
    {
        if (Interlocked.Exchange(ref _servingLogged, 1) == 0) Total(StartupStep.Publish);
    }

    /// <summary>Logs the end of the start-up since process start.</summary>
    public void Complete()
    {
        if (_complete) return;
        _complete = true;
        Total(StartupStep.Compaction);
    }

    private void Total(StartupStep step)
    {
        var now = Mark();
        var wall = (_time.GetUtcNow() - _processStart).TotalMilliseconds;
        // Every collection so far (a gen0 count includes the older generations' collections) and the time they paused the process.
        var (paused, collections) = (GC.GetTotalPauseDuration().TotalMilliseconds, GC.CollectionCount(0));
        switch (step)
        {
            case StartupStep.Host: Log.HostStarted(_logger, wall, now.Cpu.TotalMilliseconds, now.Jit.TotalMilliseconds, now.JitMethods, paused, collections); break;
            case StartupStep.Publish: Log.Serving(_logger, wall, now.Cpu.TotalMilliseconds, now.Jit.TotalMilliseconds, now.JitMethods, paused, collections); break;
            default: Log.Complete(_logger, wall, now.Cpu.TotalMilliseconds, now.Jit.TotalMilliseconds, now.JitMethods, paused, collections); break;
        }
    }
}
