namespace CodeSearch.Server.Options;

/// <summary>The per-call access log (category <c>CodeSearch.AccessLog</c>). Section <c>CodeSearch:AccessLog</c>.</summary>
public sealed class AccessLogOptions
{
    public const string Section = "CodeSearch:AccessLog";

    /// <summary>Log one line per gRPC call at Information. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Also log grpc.health.v1 calls (probes make many). Default: false.</summary>
    public bool IncludeHealthChecks { get; set; }
}
