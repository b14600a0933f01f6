using CodeSearch.Core.Errors;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Generations;

/// <summary>Reuse, rebuild and recovery of index generations, on the fixtures in a temp index directory.</summary>
public class IndexManagerTests
{
    [Fact]
    public void OpenOrBuild_EmptyDirectory_BuildsPublishesAndPointsCurrentAtIt()
    {
        using var harness = new IndexHarness();

        var opened = harness.Open(IndexHarness.Fixtures());

        Assert.True(opened.Rebuilt);
        Assert.Null(opened.BuildError);
        Assert.Equal(opened.Index.Generation, harness.CurrentName);
        Assert.Equal([opened.Index.Generation], harness.Folders);
        var dir = harness.Store.CurrentDirectory()!;
        Assert.True(File.Exists(Path.Combine(dir, CatalogFile.FileName)));
        Assert.True(File.Exists(Path.Combine(dir, GenerationInfoFile.FileName)));
        Assert.Equal(FixtureReleases.Releases.Sum(r => r.Codes.Count), GenerationInfoFile.TryRead(dir)!.DocumentCount);
        Assert.NotNull(opened.Index.Find(Core.CodeSystemId.Icd10Cm, "FY2026", "E119"));
    }

    [Fact]
    public void OpenOrBuild_SameFingerprint_ReusesWithoutImporting()
    {
        using var harness = new IndexHarness();
        var imports = 0;
        var first = harness.Open(IndexHarness.Fixtures(onImport: () => imports++));
        first.Index.Dispose();

        var second = harness.Open(IndexHarness.Fixtures(onImport: () => imports++));

        Assert.False(second.Rebuilt);
        Assert.Equal(1, imports);
        Assert.Equal(first.Index.Generation, second.Index.Generation);
        Assert.Equal(second.Index.Generation, harness.CurrentName);
    }

    [Fact]
    public void OpenOrBuild_FingerprintChanged_RebuildsAndRemovesTheOldGeneration()
    {
        using var harness = new IndexHarness();
        var first = harness.Open(IndexHarness.Fixtures("aaaa1111"));
        first.Index.Dispose();

        var second = harness.Open(IndexHarness.Fixtures("bbbb2222"));

        Assert.True(second.Rebuilt);
        Assert.NotEqual(first.Index.Generation, second.Index.Generation);
        Assert.Equal(second.Index.Generation, harness.CurrentName);
        Assert.Equal([second.Index.Generation], harness.Folders);
        Assert.EndsWith("bbbb2222", second.Index.Info.SourceFingerprint);
    }

    [Fact]
    public void OpenOrBuild_SampleFlagChanged_Rebuilds()
    {
        using var harness = new IndexHarness();
        var sample = harness.Open(IndexHarness.Fixtures("same"));
        sample.Index.Dispose();

        var official = harness.Open(IndexHarness.Fixtures("same") with { Sample = false });

        Assert.True(official.Rebuilt);
        Assert.False(official.Index.IsSample);
    }

    public static TheoryData<string> Corruptions => new()
    {
        "delete catalog.bin", "truncate catalog.bin", "empty catalog.bin", "garbage generation.json", "empty generation.json",
        "delete generation.json", "other schema version", "delete segments file", "delete segment info", "delete terms dictionary",
        "truncate terms dictionary", "truncate doc values", "truncate postings by one byte", "flip a byte of postings",
        "flip a byte of doc values", "delete generation folder",
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void OpenOrBuild_CorruptCurrentGeneration_DetectedAndRebuiltNeverServed(string corruption)
    {
        using var harness = new IndexHarness();
        var first = harness.Open(IndexHarness.Fixtures());
        first.Index.Dispose();
        Corrupt(harness.Store.Root, first.Index.Generation, corruption);
        var imports = 0;

        var second = harness.Open(IndexHarness.Fixtures(onImport: () => imports++));

        Assert.True(second.Rebuilt, corruption);
        Assert.Equal(1, imports);
        Assert.Equal(second.Index.Generation, harness.CurrentName);
        Assert.Equal(FixtureReleases.Releases.Sum(r => r.Codes.Count), second.Index.Info.DocumentCount);
        Assert.Equal("E119", second.Index.Search(new Core.Search.SearchScope(second.Index.Releases.Select(r => r.Release).ToList(), false, new DateOnly(2026, 2, 1)), "E11.9", 0, 5).Hits[0].Code.Code);
    }

    [Fact]
    public void OpenOrBuild_AbandonedBuildFolder_CleanedUp()
    {
        using var harness = new IndexHarness();
        var first = harness.Open(IndexHarness.Fixtures());
        first.Index.Dispose();
        var abandoned = Path.Combine(harness.Root, ".building-0123456789abcdef");
        Directory.CreateDirectory(abandoned);
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "half written");

        var second = harness.Open(IndexHarness.Fixtures());

        Assert.False(second.Rebuilt);
        Assert.False(Directory.Exists(abandoned));
        Assert.Equal([second.Index.Generation], harness.Folders);
    }

    [Fact]
    public void OpenOrBuild_CurrentPointsNowhere_Rebuilds()
    {
        using var harness = new IndexHarness();
        Directory.CreateDirectory(harness.Root);
        File.WriteAllText(Path.Combine(harness.Root, "CURRENT"), "../elsewhere");

        var opened = harness.Open(IndexHarness.Fixtures());

        Assert.True(opened.Rebuilt);
        Assert.Equal(opened.Index.Generation, harness.CurrentName);
    }

    [Fact]
    public void OpenOrBuild_ImportFailsWithAGoodGeneration_KeepsServingIt()
    {
        using var harness = new IndexHarness();
        var good = harness.Open(IndexHarness.Fixtures("good"));
        good.Index.Dispose();

        var opened = harness.Open(IndexHarness.Broken("newer-files"));

        Assert.False(opened.Rebuilt);
        Assert.Contains("entries 9,006 expected", opened.BuildError);
        Assert.Equal(good.Index.Generation, opened.Index.Generation);
        Assert.Equal(good.Index.Generation, harness.CurrentName);
        Assert.NotNull(opened.Index.Find(Core.CodeSystemId.Hcpcs, "2026-01", "J0696"));
        Assert.Equal([good.Index.Generation], harness.Folders);
    }

    [Fact]
    public void OpenOrBuild_ImportFailsWithNothingToServe_Throws()
    {
        using var harness = new IndexHarness();

        Assert.Throws<SourceDataException>(() => harness.Manager.OpenOrBuild(IndexHarness.Broken("first")));

        Assert.Null(harness.CurrentName);
        Assert.Empty(harness.Folders);
    }

    [Fact]
    public void OpenOrBuild_ImportFailsAfterCorruption_ThrowsRatherThanServingTheCorruptGeneration()
    {
        using var harness = new IndexHarness();
        var first = harness.Open(IndexHarness.Fixtures("good"));
        first.Index.Dispose();
        Corrupt(harness.Store.Root, first.Index.Generation, "truncate catalog.bin");

        Assert.Throws<SourceDataException>(() => harness.Manager.OpenOrBuild(IndexHarness.Broken("newer-files")));
    }

    [Fact]
    public void Build_Cancelled_LeavesNoBuildFolderAndCurrentUnchanged()
    {
        using var harness = new IndexHarness();
        var good = harness.Open(IndexHarness.Fixtures("good"));
        good.Index.Dispose();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => harness.Builder.Build(FixtureReleases.Releases, "other", sample: true, cancelled.Token));

        Assert.Equal([good.Index.Generation], harness.Folders);
        Assert.Equal(good.Index.Generation, harness.CurrentName);
    }

    private static void Corrupt(string root, string generation, string corruption)
    {
        var dir = Path.Combine(root, generation);
        var catalog = Path.Combine(dir, CatalogFile.FileName);
        var info = Path.Combine(dir, GenerationInfoFile.FileName);
        string Lucene(string pattern) => Directory.GetFiles(dir, pattern).Single();
        switch (corruption)
        {
            case "delete catalog.bin": File.Delete(catalog); break;
            case "truncate catalog.bin": FileDamage.Truncate(catalog, new FileInfo(catalog).Length / 2); break;
            case "empty catalog.bin": FileDamage.Truncate(catalog, 0); break;
            case "garbage generation.json": File.WriteAllText(info, "{ this is not json"); break;
            case "empty generation.json": File.WriteAllText(info, ""); break;
            case "delete generation.json": File.Delete(info); break;
            case "other schema version":
                File.WriteAllText(info, File.ReadAllText(info).Replace($"\"SchemaVersion\": {LuceneSchema.SchemaVersion}", "\"SchemaVersion\": 1", StringComparison.Ordinal));
                break;
            case "delete segments file": File.Delete(Lucene("segments_*")); break;
            case "delete segment info": File.Delete(Lucene("*.si")); break;
            case "delete terms dictionary": File.Delete(Lucene("*.tim")); break;
            case "truncate terms dictionary": FileDamage.Truncate(Lucene("*.tim"), new FileInfo(Lucene("*.tim")).Length / 2); break;
            case "truncate doc values": FileDamage.Truncate(Lucene("*.dvd"), new FileInfo(Lucene("*.dvd")).Length - 20); break;
            case "truncate postings by one byte": FileDamage.Truncate(Lucene("*.doc"), new FileInfo(Lucene("*.doc")).Length - 1); break;
            case "flip a byte of postings": FileDamage.FlipMiddleByte(Lucene("*.doc")); break;
            case "flip a byte of doc values": FileDamage.FlipMiddleByte(Lucene("*.dvd")); break;
            case "delete generation folder": Directory.Delete(dir, recursive: true); break;
            default: throw new ArgumentOutOfRangeException(nameof(corruption), corruption, null);
        }
    }
}
