namespace CodeSearch.LoadHarness.Options;

/// <summary>What one call does. Search is split by query set: hot queries repeat (served from the response cache
/// after the first call), cold queries are distinct (every call searches the index).</summary>
public enum RpcKind
{
    Health,
    GetCode,
    SearchHot,
    SearchCold,
    Suggest,
    Stream,
}

/// <summary>Short names used on the command line and in the JSON report.</summary>
public static class RpcNames
{
    private static readonly Dictionary<string, RpcKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["health"] = RpcKind.Health,
        ["get"] = RpcKind.GetCode,
        ["search-hot"] = RpcKind.SearchHot,
        ["search-cold"] = RpcKind.SearchCold,
        ["suggest"] = RpcKind.Suggest,
        ["stream"] = RpcKind.Stream,
    };

    /// <summary>Every kind in report order.</summary>
    public static IReadOnlyList<RpcKind> All { get; } = Enum.GetValues<RpcKind>();

    public static string Name(RpcKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>The gRPC method a kind calls, for reports.</summary>
    public static string Method(RpcKind kind) => kind switch
    {
        RpcKind.Health => "grpc.health.v1.Health/Check",
        RpcKind.GetCode => "codesearch.v1.CodeLookup/GetCode",
        RpcKind.SearchHot or RpcKind.SearchCold => "codesearch.v1.CodeLookup/SearchCodes",
        RpcKind.Suggest => "codesearch.v1.CodingSuggestions/SuggestCodes",
        _ => "codesearch.v1.CodingSuggestions/StreamSuggestCodes",
    };

    public static RpcKind Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var kind) ? kind
            : throw new FormatException($"unknown RPC '{name}' (use {string.Join(", ", ByName.Keys)})");
}
