using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>Giving memory back once a burst of load is over. Section <c>CodeSearch:Memory</c>.</summary>
public sealed class MemoryOptions
{
    public const string Section = "CodeSearch:Memory";

    /// <summary>
    /// Run one compacting full collection that returns free heap memory to the system when the server has gone quiet
    /// after its heap grew by at least <see cref="TrimGrowthBytes"/> (docs/operations.md#memory). Default: true.
    /// </summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>
    /// How often the allocation rate is looked at, in seconds; the server counts as quiet when it allocated less than
    /// <see cref="IdleAllocationBytes"/> over one such period. Default: 5.
    /// </summary>
    [Range(1, 3_600)]
    public int IdleSeconds { get; set; } = 5;

    /// <summary>Bytes allocated per period under which the server counts as quiet. Default: 2,097,152 (2 MiB).</summary>
    [Range(0, long.MaxValue)]
    public long IdleAllocationBytes { get; set; } = 2L * 1024 * 1024;

    /// <summary>
    /// Growth of the GC's committed memory since the last trim (or the end of start-up) that makes a quiet server
    /// trim. Default: 33,554,432 (32 MiB).
    /// </summary>
    [Range(0, long.MaxValue)]
    public long TrimGrowthBytes { get; set; } = 32L * 1024 * 1024;
}
