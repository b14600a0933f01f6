namespace CodeSearch.Server.Limits;

/// <summary>What a call costs, which decides the budget it is admitted from (docs/operations.md).</summary>
internal enum CostClass
{
    /// <summary>grpc.health.v1: never limited, so probes see an overloaded server as alive.</summary>
    Health,

    /// <summary>Lookups, search, validation, listings, reflection: <c>MaxConcurrentCalls</c>.</summary>
    Lookup,

    /// <summary>SuggestCodes: the suggestion worker pool.</summary>
    Suggestion,

    /// <summary>StreamSuggestCodes: the stream budget; each request inside it goes through the worker pool.</summary>
    SuggestionStream,
}

internal static class CostClasses
{
    private static readonly string SuggestCodes = "/" + V1.CodingSuggestions.Descriptor.FullName + "/SuggestCodes";
    private static readonly string StreamSuggestCodes = "/" + V1.CodingSuggestions.Descriptor.FullName + "/StreamSuggestCodes";

    public static CostClass Of(string method) =>
        method.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal) ? CostClass.Health
        : method == SuggestCodes ? CostClass.Suggestion
        : method == StreamSuggestCodes ? CostClass.SuggestionStream
        : CostClass.Lookup;
}
