using System.Diagnostics;
using CodeSearch.Core;
using CodeSearch.Importer.Loading;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The official mirror imported and indexed once for every full-data test of this project (about 25 s with the reference material), into a temp
/// index directory. Fails with TestPaths' message when the mirror is missing.
/// </summary>
public sealed class FullDataIndex : IDisposable
{
    private readonly IndexHarness _harness = new();

    public FullDataIndex()
    {
        // Built as the server builds it: the releases and the reference material (Tabular List, indexes, tables).
        Sources = new SourcePlan(new SourcePlanSettings(TestPaths.SharedCodesets, TestPaths.Manifest, TestPaths.Fixtures), new ReleaseLoader()).Official();
        var watch = Stopwatch.StartNew();
        var opened = _harness.Open(Sources);
        BuildTime = watch.Elapsed;
        Index = opened.Index;
        Rebuilt = opened.Rebuilt;
    }

    public SourceSet Sources { get; }
    public LuceneCodeIndex Index { get; }
    public bool Rebuilt { get; }
    public TimeSpan BuildTime { get; }
    internal IndexHarness Harness => _harness;

    public void Dispose() => _harness.Dispose();
}

/// <summary>Full-data test classes share one <see cref="FullDataIndex"/>.</summary>
[CollectionDefinition(Name)]
public sealed class FullDataCollection : ICollectionFixture<FullDataIndex>
{
    public const string Name = "Full data index";
}
