using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;

namespace CodeSearch.Core.Search;

/// <summary>
/// Resolves which releases a search runs over, then asks the served index. With an explicit list of systems every
/// one must have a release for the date of service; with none, all loaded systems that have one are searched.
/// </summary>
public sealed class CodeSearchService(IIndexProvider indexProvider, TimeProvider timeProvider)
{
    /// <summary>Deepest result position a page may reach.</summary>
    public const int MaxResultDepth = 1000;

    /// <summary>Runs a validated query.</summary>
    public SearchPage Search(CodeSearchQuery query)
    {
        var index = indexProvider.Current;
        var scope = ResolveScope(index, query);
        return index.Search(scope, query.Text, query.Offset, query.Limit);
    }

    /// <summary>The releases and filters a query runs over.</summary>
    public SearchScope ResolveScope(ICodeIndex index, CodeSearchQuery query)
    {
        var loaded = index.Releases.Select(r => r.Release.System).Distinct().Order().ToList();
        var releases = new List<CodeRelease>();
        if (query.Systems.Count > 0)
        {
            // Canonical system order: results follow scope order, and cache keys and page tokens ignore the request's order.
            releases.AddRange(query.Systems.Distinct().Order().Select(s => ReleaseSelector.Select(index, s, query.DateOfService).Release));
        }
        else
        {
            foreach (var system in loaded)
            {
                try { releases.Add(ReleaseSelector.Select(index, system, query.DateOfService).Release); }
                catch (ReleaseNotLoadedException) { /* skipped: not every system has a release for every date */ }
            }
            if (releases.Count == 0)
            {
                throw new ReleaseNotLoadedException($"No loaded release covers date of service {query.DateOfService:yyyy-MM-dd}.");
            }
        }
        var asOf = query.DateOfService ?? DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        return new SearchScope(releases, query.BillableOnly, asOf);
    }
}
