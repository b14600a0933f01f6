using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Options;

/// <summary>The per-call access log (category <c>CodeSearch.AccessLog</c>). Section <c>CodeSearch:AccessLog</c>.</summary>
public sealed class AccessLogOptions
{
    public const string Section = "CodeSearch:AccessLog";

    /// <summary>Log one line per gRPC call at Information. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Also log grpc.health.v1 calls (probes make many). Default: false.</summary>
    public bool IncludeHealthChecks { get; set; }

    /// <summary>
    /// Also log server reflection calls (tooling such as <c>grpcurl list</c>; each session ends CANCELLED when the tool
    /// closes its stream, which is not an error). Default: false.
    /// </summary>
    public bool IncludeReflection { get; set; }

    /// <summary>
    /// Lines are written in batches this often, off the calls' path (so a line appears up to this long after its call
    /// ended; its elapsed_ms is the call's own). Default: 100.
    /// </summary>
    [Range(1, 10_000)]
    public int FlushIntervalMilliseconds { get; set; } = 100;

    /// <summary>
    /// Lines waiting for the next batch at most; beyond it lines are dropped and a warning counts them (event 4710).
    /// About 64 bytes each. Default: 50,000 (over two seconds of the fastest RPC on two cores).
    /// </summary>
    [Range(100, 10_000_000)]
    public int QueueCapacity { get; set; } = 50_000;
}
