namespace CodeSearch.Server.Validation;

/// <summary>Request limits, documented in docs/api.md.</summary>
internal static class RequestLimits
{
    public const int MaxQueryLength = Core.Search.SearchLimits.MaxQueryLength;
    public const int DefaultPageSize = Core.Search.SearchLimits.DefaultPageSize;
    public const int MaxPageSize = 100;
    public const int MaxBatchSize = 1000;
}
