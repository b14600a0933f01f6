using System.Diagnostics;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Manifest;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.FullData;

/// <summary>Loads the official mirror once for all full-data tests and records how long it took.</summary>
public sealed class FullDataFixture
{
    public FullDataFixture()
    {
        Manifest = SourceManifest.Load(TestPaths.Manifest);
        var watch = Stopwatch.StartNew();
        Result = new ReleaseLoader().Load(Manifest, TestPaths.SharedCodesets, null, new Progress(Reports));
        Elapsed = watch.Elapsed;
    }

    public SourceManifest Manifest { get; }
    public LoadResult Result { get; }
    public TimeSpan Elapsed { get; }
    public List<ImportProgress> Reports { get; } = [];

    private sealed class Progress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
