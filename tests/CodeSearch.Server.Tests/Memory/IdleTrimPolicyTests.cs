using CodeSearch.Server.Memory;

namespace CodeSearch.Server.Tests.Memory;

public sealed class IdleTrimPolicyTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void ShouldTrim_QuietAfterGrowth_True()
    {
        var policy = new IdleTrimPolicy(idleAllocationBytes: 2 * MiB, trimGrowthBytes: 32 * MiB);
        Assert.False(policy.ShouldTrim(allocatedBytes: 0, committedBytes: 150 * MiB)); // first look: nothing to compare
        Assert.False(policy.ShouldTrim(allocatedBytes: 900 * MiB, committedBytes: 300 * MiB)); // under load
        Assert.True(policy.ShouldTrim(allocatedBytes: 901 * MiB, committedBytes: 300 * MiB)); // quiet, 150 MiB grown
    }

    [Fact]
    public void ShouldTrim_BusyServer_False()
    {
        var policy = new IdleTrimPolicy(2 * MiB, 32 * MiB);
        policy.ShouldTrim(0, 150 * MiB);
        Assert.False(policy.ShouldTrim(100 * MiB, 300 * MiB));
        Assert.False(policy.ShouldTrim(200 * MiB, 300 * MiB));
    }

    [Fact]
    public void ShouldTrim_QuietWithLittleGrowth_False()
    {
        var policy = new IdleTrimPolicy(2 * MiB, 32 * MiB);
        policy.ShouldTrim(0, 150 * MiB);
        Assert.False(policy.ShouldTrim(1 * MiB, 170 * MiB));
    }

    [Fact]
    public void ShouldTrim_AfterTrim_MeasuresGrowthFromTrimmedLevel()
    {
        var policy = new IdleTrimPolicy(2 * MiB, 32 * MiB);
        policy.ShouldTrim(0, 150 * MiB);
        Assert.True(policy.ShouldTrim(1 * MiB, 300 * MiB));
        policy.Trimmed(200 * MiB);
        Assert.False(policy.ShouldTrim(2 * MiB, 210 * MiB)); // 10 MiB above the trimmed level
        Assert.True(policy.ShouldTrim(3 * MiB, 240 * MiB));
    }

    [Fact]
    public void ShouldTrim_HeapShrankByItself_BaselineFollowsIt()
    {
        var policy = new IdleTrimPolicy(2 * MiB, 32 * MiB);
        policy.ShouldTrim(0, 200 * MiB);
        policy.ShouldTrim(1 * MiB, 150 * MiB); // a collection gave memory back
        Assert.True(policy.ShouldTrim(2 * MiB, 190 * MiB));
    }
}
