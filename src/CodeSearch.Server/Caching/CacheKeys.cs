using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Server.Caching;

/// <summary>Cache keys: generation first, then every field that changes the answer, normalised.</summary>
internal static class CacheKeys
{
    public static string GetCode(string generation, CodeSystemId system, string code, DateOnly? dateOfService) =>
        $"get\u001f{generation}\u001f{system}\u001f{code.Trim().ToUpperInvariant()}\u001f{dateOfService:yyyyMMdd}";

    /// <summary>
    /// The as-of date is part of the key: results without a date of service depend on today's date. So is whether
    /// CPT was left out of an all-systems search for a caller without the CPT permission.
    /// </summary>
    public static string Search(string generation, CodeSearchQuery query, DateOnly asOf, bool cptHidden = false) =>
        $"search\u001f{generation}\u001f{(cptHidden ? "no-cpt" : "all")}\u001f{query.Text}\u001f{string.Join(',', query.Systems.Order())}\u001f{query.BillableOnly}\u001f{query.Offset}\u001f{query.Limit}\u001f{query.DateOfService:yyyyMMdd}\u001f{asOf:yyyyMMdd}";
}
