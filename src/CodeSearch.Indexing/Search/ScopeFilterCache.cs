using System.Collections.Concurrent;
using CodeSearch.Core.Search;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Scope filters, cached per scope with their per-segment bit sets (<see cref="BitSetCachingFilter"/>): a scope is a handful of
/// releases, a billable flag and a date, so only a few exist at a time, and evaluating one afresh (date ranges over
/// every document) costs more than the search itself. Bounded: cleared when it grows past <see cref="Capacity"/>.
/// </summary>
internal sealed class ScopeFilterCache
{
    public const int Capacity = 256;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public Filter For(SearchScope scope)
    {
        var key = ScopeFilter.Key(scope);
        if (_filters.TryGetValue(key, out var filter)) return filter;
        if (_filters.Count >= Capacity) _filters.Clear();
        return _filters.GetOrAdd(key, _ => new BitSetCachingFilter(ScopeFilter.Build(scope)));
    }
}
