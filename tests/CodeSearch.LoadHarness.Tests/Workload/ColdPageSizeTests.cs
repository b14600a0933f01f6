using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Tests.Workload;

public class ColdPageSizeTests
{
    [Fact]
    public void ColdPageSize_FirstPass_Default20() => Assert.Equal(20, RpcCaller.ColdPageSize(0));

    [Fact]
    public void ColdPageSize_81Passes_AllDistinctAndWithinTheServersLimit()
    {
        var sizes = Enumerable.Range(0, 81).Select(RpcCaller.ColdPageSize).ToList();

        Assert.Equal(81, sizes.Distinct().Count());
        Assert.All(sizes, s => Assert.InRange(s, 20, 100));
    }
}
