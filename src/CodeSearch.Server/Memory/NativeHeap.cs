using System.Runtime.InteropServices;

namespace CodeSearch.Server.Memory;

/// <summary>
/// Returns the free pages of the C heap to the system (glibc <c>malloc_trim</c>). The runtime's native allocations
/// (the JIT's working memory, file and compression buffers) are freed into malloc's arenas, which keep them resident;
/// after the start-up's and the idle trim's compacting collections about 2 MiB of them go back this way
/// (docs/operations.md#memory).
/// </summary>
internal static class NativeHeap
{
#pragma warning disable SYSLIB1054 // a plain P/Invoke of blittable values: no marshalling to generate
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054

    /// <summary>True when memory was returned; false when none was, or off glibc (musl and other systems have no trim).</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
