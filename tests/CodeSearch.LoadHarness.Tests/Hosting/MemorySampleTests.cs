using CodeSearch.LoadHarness.Hosting;

namespace CodeSearch.LoadHarness.Tests.Hosting;

public class MemorySampleTests
{
    [Fact]
    public void Parse_ProcStatus_RssAndPeakInMiB()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 9999999 kB\nVmHWM:\t  409600 kB\nVmRSS:\t  307200 kB\nThreads:\t30\n";
        Assert.Equal(new MemorySample(300, 400), MemorySample.Parse(status));
    }

    [Fact]
    public void Parse_MissingLines_Null() => Assert.Null(MemorySample.Parse("Name:\tdotnet\n"));
}
