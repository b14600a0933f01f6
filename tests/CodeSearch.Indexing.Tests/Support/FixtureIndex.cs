using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>One index built from the fixtures, shared by the tests of a class (searching never changes it).</summary>
public sealed class FixtureIndex : IDisposable
{
    private readonly IndexHarness _harness = new();

    public FixtureIndex() => Index = _harness.Open(IndexHarness.Fixtures()).Index;

    public LuceneCodeIndex Index { get; }

    /// <summary>The loaded release of a system.</summary>
    public CodeRelease Release(CodeSystemId system) => Index.Releases.Single(r => r.Release.System == system).Release;

    /// <summary>A scope over the given systems (all, in ICD-10-CM, ICD-10-PCS, HCPCS order, when none are given).</summary>
    public SearchScope Scope(DateOnly? asOf = null, bool billableOnly = false, params CodeSystemId[] systems)
    {
        var releases = systems.Length == 0 ? Index.Releases.Select(r => r.Release).ToList() : systems.Select(Release).ToList();
        return new SearchScope(releases, billableOnly, asOf ?? new DateOnly(2026, 2, 1));
    }

    /// <summary>Searches everything as of 2026-02-01 and returns up to 100 hits.</summary>
    public IReadOnlyList<SearchHit> Search(string text, SearchScope? scope = null) =>
        Index.Search(scope ?? Scope(), text, 0, 100).Hits;

    public void Dispose() => _harness.Dispose();
}
