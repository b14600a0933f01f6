using CodeSearch.Indexing.Generations;

namespace CodeSearch.Benchmarks;

/// <summary>The calling thread's CPU time in microseconds (<see cref="ThreadCpuClock"/>), for timing on a loaded machine.</summary>
internal static class ThreadCpu
{
    /// <summary>Microseconds of CPU this thread has used; 0 where the clock is not available.</summary>
    public static double Micros() => ThreadCpuClock.Now() is { } cpu ? cpu.Ticks / 10.0 : 0;
}
