using System.Runtime.InteropServices;
using CodeSearch.Server.Memory;

namespace CodeSearch.Server.Tests.Memory;

public class NativeHeapTests
{
    [Fact]
    public void Trim_AfterManySmallBlocksFreed_ReturnsMemoryOnGlibc()
    {
        // 64 MB in blocks under malloc's mmap threshold, so they are carved from an arena and freed back into it.
        var blocks = new nint[16_384];
        var ones = Enumerable.Repeat((byte)1, 4096).ToArray();
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(4096); // malloc on Unix
            Marshal.Copy(ones, 0, blocks[i], ones.Length); // touched, so resident
        }
        foreach (var block in blocks) Marshal.FreeHGlobal(block);

        var trimmed = NativeHeap.Trim();

        // glibc Linux (this suite's CI and the server image) trims; elsewhere there is nothing to call.
        Assert.Equal(OperatingSystem.IsLinux() && !File.Exists("/etc/alpine-release"), trimmed);
    }
}
