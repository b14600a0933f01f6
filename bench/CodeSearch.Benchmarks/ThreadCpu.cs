using System.Runtime.InteropServices;

namespace CodeSearch.Benchmarks;

/// <summary>The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), for timing on a loaded machine.</summary>
internal static class ThreadCpu
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

    /// <summary>Microseconds of CPU this thread has used; 0 where the clock is not available.</summary>
    public static double Micros()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0) return 0;
        return t.Seconds * 1e6 + t.Nanoseconds / 1e3;
    }
}
