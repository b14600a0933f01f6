using System.Diagnostics;
using CodeSearch.Indexing.Generations;

namespace CodeSearch.Indexing.Tests.Generations;

public class ThreadCpuClockTests
{
    [Fact]
    public void Since_BusyThread_CpuAtMostTheWallClock()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ThreadCpuClock.Now()); // read on Linux only; elsewhere no figure rather than a made-up one
            return;
        }
        var wall = Stopwatch.StartNew();
        var start = ThreadCpuClock.Now();
        var spin = 0L;
        while (wall.ElapsedMilliseconds < 30) spin++;

        var used = ThreadCpuClock.Since(start);

        Assert.NotNull(used);
        Assert.True(used > TimeSpan.Zero, $"no CPU counted after {spin} iterations");
        Assert.True(used <= wall.Elapsed + TimeSpan.FromMilliseconds(5), $"{used} of CPU in {wall.Elapsed} of wall clock");
    }
}
