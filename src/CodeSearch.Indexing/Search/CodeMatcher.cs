using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Answers code-shaped queries from memory: exact codes first (in scope order), then codes that start with the
/// query, per release in scope order and within a release in code order.
/// </summary>
internal static class CodeMatcher
{
    /// <summary>Shortest query that is expanded as a code prefix (a single character would list whole chapters).</summary>
    public const int MinPrefixLength = 2;

    public const float ExactScore = 1000f;
    public const float PrefixScore = 500f;

    public static void Collect(
        string text, SearchScope scope, Func<CodeRelease, ReleaseTable?> tableOf, List<SearchHit> hits, int needed)
    {
        if (!CodeFormat.LooksLikeCode(text, out var code)) return;
        var tables = scope.Releases.Select(r => tableOf(r)).Where(t => t is not null).Select(t => t!).ToList();
        foreach (var table in tables)
        {
            if (table.Find(code) is { } exact && ScopeFilter.Passes(exact, scope)) hits.Add(new SearchHit(exact, ExactScore, MatchKind.ExactCode));
        }
        if (code.Length < MinPrefixLength) return;
        var dotted = text.Contains('.');
        foreach (var table in tables)
        {
            if (dotted && table.System != CodeSystemId.Icd10Cm) continue; // only ICD-10-CM codes are written with a dot
            foreach (var match in table.WithPrefix(code))
            {
                if (hits.Count >= needed) return;
                if (ScopeFilter.Passes(match, scope)) hits.Add(new SearchHit(match, PrefixScore, MatchKind.CodePrefix));
            }
        }
    }
}
