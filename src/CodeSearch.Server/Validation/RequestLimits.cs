namespace CodeSearch.Server.Validation;

/// <summary>Request limits, documented in docs/api.md.</summary>
internal static class RequestLimits
{
    public const int MaxQueryLength = 256;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxBatchSize = 1000;
}
