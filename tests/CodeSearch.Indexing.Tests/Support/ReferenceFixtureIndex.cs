using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;
using CodeSearch.Importer.Loading;
using CodeSearch.Indexing.Search;
using CodeSearch.Tests;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>
/// The fixtures with their reference material (Tabular List, indexes, tables), built as the server builds its sample:
/// through <see cref="SourcePlan.Sample"/>. Shared by the tests of a class (searching never changes it).
/// </summary>
public sealed class ReferenceFixtureIndex : IDisposable
{
    private readonly IndexHarness _harness = new();

    public ReferenceFixtureIndex() => Index = _harness.Open(Sources()).Index;

    public LuceneCodeIndex Index { get; }

    /// <summary>The generation folder being served.</summary>
    public string Directory => _harness.Store.CurrentDirectory()!;

    /// <summary>The bundled sample as the server's source plan describes it (releases plus reference files).</summary>
    public static SourceSet Sources() =>
        new SourcePlan(new SourcePlanSettings(TestPaths.Fixtures, TestPaths.Manifest, TestPaths.Fixtures), new ReleaseLoader()).Sample();

    public IReadOnlyList<EntryHit> Entries(string text, AlphabeticIndexKind? kind = null, int limit = 10) => Index.SearchEntries(text, kind, limit);

    /// <summary>Searches codes of every release as of 2026-02-01.</summary>
    public IReadOnlyList<SearchHit> Search(string text, int limit = 20) =>
        Index.Search(new SearchScope(Index.Releases.Select(r => r.Release).ToList(), false, new DateOnly(2026, 2, 1)), text, 0, limit).Hits;

    public void Dispose() => _harness.Dispose();
}
