using System.Runtime.InteropServices;

namespace CodeSearch.Indexing.Generations;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), so the parts of an open that
/// run on their own threads can be timed in CPU as well as wall clock: on a busy machine wall-clock times stretch with
/// the other jobs' load, CPU time far less. Null where the clock is not available.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // a plain P/Invoke of a blittable struct: no marshalling to generate
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    /// <summary>CPU time this thread has used so far, or null off Linux (or when the call fails).</summary>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>CPU time the thread used since <paramref name="start"/> (a value of <see cref="Now"/> on the same thread).</summary>
    public static TimeSpan? Since(TimeSpan? start) => start is { } s && Now() is { } now ? now - s : null;
}
