namespace CodeSearch.Server.Memory;

/// <summary>
/// Decides when a quiet server should give memory back: after a period with little allocation, when the GC's committed
/// memory has grown by the set amount since the last trim. Under load the GC keeps what the load made it commit (free
/// regions, garbage in gen2 waiting for a background collection) and nothing collects it once the calls stop. Not
/// thread-safe: one caller (<see cref="IdleMemoryTrimmer"/>).
/// </summary>
internal sealed class IdleTrimPolicy(long idleAllocationBytes, long trimGrowthBytes)
{
    private long _allocated = -1;
    private long _baseline = -1;

    /// <summary>
    /// One look: <paramref name="allocatedBytes"/> is the process's total allocated so far, <paramref name="committedBytes"/>
    /// the GC's committed memory. True when the server allocated less than the idle amount since the last look and the
    /// committed memory is at least the set growth above the lowest seen since the last trim.
    /// </summary>
    public bool ShouldTrim(long allocatedBytes, long committedBytes)
    {
        var quiet = _allocated >= 0 && allocatedBytes - _allocated < idleAllocationBytes;
        _allocated = allocatedBytes;
        if (_baseline < 0 || committedBytes < _baseline) _baseline = committedBytes;
        return quiet && committedBytes - _baseline >= trimGrowthBytes;
    }

    /// <summary>Records the committed memory after a trim as the new baseline.</summary>
    public void Trimmed(long committedBytes) => _baseline = committedBytes;
}
