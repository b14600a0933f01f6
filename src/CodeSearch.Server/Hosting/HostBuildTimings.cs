using System.Diagnostics;
using CodeSearch.Indexing.Generations;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Times the main thread's parts of the host's start (Program.cs: the runtime's start until Main, the builder and the
/// registrations, the build, the mapping), each with its wall-clock and the main thread's own CPU milliseconds, and logs
/// them as parts of the start-up (event 4884) once the app is built: the host's start is on the path to SERVING, and
/// the process CPU of the other steps also counts the open's threads running beside it.
/// </summary>
public sealed class HostBuildTimings
{
    private readonly List<(StartupStep Step, TimeSpan Elapsed, TimeSpan? Cpu)> _parts = [];
    private long _since;
    private TimeSpan? _cpu;

    private HostBuildTimings()
    {
        _since = Stopwatch.GetTimestamp();
        _cpu = ThreadCpuClock.Now();
        // The runtime's start: from process start to here, and the main thread's CPU so far.
        using var process = Process.GetCurrentProcess();
        _parts.Add((StartupStep.Runtime, DateTime.Now - process.StartTime, _cpu));
    }

    /// <summary>Begins timing on the calling (main) thread.</summary>
    public static HostBuildTimings Start() => new();

    /// <summary>Ends <paramref name="step"/> now, on the thread that began the timings.</summary>
    public void Mark(StartupStep step)
    {
        var cpu = ThreadCpuClock.Now();
        _parts.Add((step, Stopwatch.GetElapsedTime(_since), cpu is { } now && _cpu is { } then ? now - then : null));
        (_since, _cpu) = (Stopwatch.GetTimestamp(), cpu);
    }

    /// <summary>Logs the parts so far (4884).</summary>
    public void Log(IServiceProvider services)
    {
        var timeline = services.GetService<StartupTimeline>();
        if (timeline is null) return;
        foreach (var (step, elapsed, cpu) in _parts) timeline.Step(step, elapsed, cpu);
    }
}
