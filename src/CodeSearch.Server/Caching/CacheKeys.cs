using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Server.Caching;

/// <summary>Cache keys: generation first, then every field that changes the answer, normalised.</summary>
internal static class CacheKeys
{
    public static string GetCode(string generation, CodeSystemId system, string code, DateOnly? dateOfService) =>
        $"get\u001f{generation}\u001f{system}\u001f{code.Trim().ToUpperInvariant()}\u001f{dateOfService:yyyyMMdd}";

    /// <summary>
    /// The as-of date is part of the key: results without a date of service depend on today's date. So is whether the
    /// caller may see CPT (an all-systems search leaves CPT out for a caller without the permission). The systems are
    /// a set (order and repeats do not change the answer). Built without resolving the search scope, so a cache hit
    /// costs no release selection.
    /// </summary>
    public static string Search(string generation, CodeSearchQuery query, DateOnly asOf, bool maySeeCpt) =>
        $"search\u001f{generation}\u001f{(maySeeCpt ? "all" : "no-cpt")}\u001f{query.Text}\u001f{SystemSet(query.Systems)}\u001f{query.BillableOnly}\u001f{query.Offset}\u001f{query.Limit}\u001f{query.DateOfService:yyyyMMdd}\u001f{asOf:yyyyMMdd}";

    private static int SystemSet(IReadOnlyCollection<CodeSystemId> systems)
    {
        var set = 0;
        foreach (var system in systems) set |= 1 << (int)system;
        return set;
    }
}
