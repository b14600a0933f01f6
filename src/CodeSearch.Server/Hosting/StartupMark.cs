using System.Runtime;

namespace CodeSearch.Server.Hosting;

/// <summary>One point of the start-up: a timestamp, the process's CPU time and the JIT's work so far.</summary>
internal readonly record struct StartupMark(long Timestamp, TimeSpan Cpu, TimeSpan Jit, long JitMethods)
{
    public static StartupMark Now(TimeProvider time) =>
        new(time.GetTimestamp(), Environment.CpuUsage.TotalTime, JitInfo.GetCompilationTime(), JitInfo.GetCompiledMethodCount());
}
