using CodeSearch.Core;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Manifest;
using CodeSearch.Tests;

namespace CodeSearch.Indexing.Tests.Support;

/// <summary>The hand-written fixtures of index-data/fixtures, imported once per test run (they are tiny and immutable).</summary>
internal static class FixtureReleases
{
    private static readonly Lazy<SourceManifest> LazyManifest = new(() => SourceManifest.Load(Path.Combine(TestPaths.Fixtures, "sources.json")));
    private static readonly Lazy<IReadOnlyList<ImportedRelease>> LazyReleases = new(() =>
        new ReleaseLoader().Load(Manifest, TestPaths.Fixtures, new LoadOptions { VerifyChecksums = false }).Releases);

    public static SourceManifest Manifest => LazyManifest.Value;

    public static IReadOnlyList<ImportedRelease> Releases => LazyReleases.Value;

    /// <summary>The fingerprint the fixtures really have (file checksums and release identities).</summary>
    public static string Fingerprint => SourceFingerprint.Compute(Manifest, TestPaths.Fixtures);
}
