namespace CodeSearch.Server.Hosting;

/// <summary>Log lines of the start-up timings (4880-4889; docs/logging.md). No paths, no generation names.</summary>
internal static partial class StartupTimelineLog
{
    [LoggerMessage(EventId = 4880, Level = LogLevel.Information, Message = "Start-up step {Step}: {Milliseconds:0} ms, {CpuMilliseconds:0} ms CPU, {JitMilliseconds:0} ms JIT ({JitMethods} methods)")]
    public static partial void Step(ILogger logger, StartupStep step, double milliseconds, double cpuMilliseconds, double jitMilliseconds, long jitMethods);

    [LoggerMessage(EventId = 4881, Level = LogLevel.Information, Message = "Start-up: SERVING {Milliseconds:0} ms after process start, {CpuMilliseconds:0} ms CPU, {JitMilliseconds:0} ms JIT ({JitMethods} methods), {GcPauseMilliseconds:0} ms paused by {Collections} garbage collections")]
    public static partial void Serving(ILogger logger, double milliseconds, double cpuMilliseconds, double jitMilliseconds, long jitMethods, double gcPauseMilliseconds, int collections);

    [LoggerMessage(EventId = 4882, Level = LogLevel.Information, Message = "Start-up complete (dictionaries warmed, heap compacted) {Milliseconds:0} ms after process start, {CpuMilliseconds:0} ms CPU, {JitMilliseconds:0} ms JIT ({JitMethods} methods), {GcPauseMilliseconds:0} ms paused by {Collections} garbage collections")]
    public static partial void Complete(ILogger logger, double milliseconds, double cpuMilliseconds, double jitMilliseconds, long jitMethods, double gcPauseMilliseconds, int collections);

    [LoggerMessage(EventId = 4883, Level = LogLevel.Information, Message = "Start-up: host started {Milliseconds:0} ms after process start, {CpuMilliseconds:0} ms CPU, {JitMilliseconds:0} ms JIT ({JitMethods} methods), {GcPauseMilliseconds:0} ms paused by {Collections} garbage collections")]
    public static partial void HostStarted(ILogger logger, double milliseconds, double cpuMilliseconds, double jitMilliseconds, long jitMethods, double gcPauseMilliseconds, int collections);

    [LoggerMessage(EventId = 4884, Level = LogLevel.Information, Message = "Start-up step {Step} (on its own thread): {Milliseconds:0} ms, {ThreadCpuMilliseconds:0} ms CPU of that thread")]
    public static partial void Part(ILogger logger, StartupStep step, double milliseconds, double threadCpuMilliseconds);
}
