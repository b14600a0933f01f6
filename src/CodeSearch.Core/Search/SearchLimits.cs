namespace CodeSearch.Core.Search;

/// <summary>SearchCodes limits shared by the server's validation and the eval command (docs/api.md).</summary>
public static class SearchLimits
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 256;

    /// <summary>Results per page when the request gives no page size.</summary>
    public const int DefaultPageSize = 20;
}
