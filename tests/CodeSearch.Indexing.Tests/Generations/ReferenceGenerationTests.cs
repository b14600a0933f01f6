using CodeSearch.Indexing.Reference;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Generations;

/// <summary>A generation built with reference material is only served whole: damaged reference files make it rebuilt.</summary>
public class ReferenceGenerationTests
{
    public static TheoryData<string> Corruptions => new()
    {
        "garbage reference.bin", "truncate reference.bin", "flip a byte of reference.bin", "delete reference.bin",
        "delete entries folder", "flip a byte of entries postings", "reference.bin of other material",
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void OpenOrBuild_DamagedReference_RebuiltNeverServed(string corruption)
    {
        using var harness = new IndexHarness();
        var first = harness.Open(ReferenceFixtureIndex.Sources());
        first.Index.Dispose();
        Corrupt(Path.Combine(harness.Store.Root, first.Index.Generation), corruption);

        var second = harness.Open(ReferenceFixtureIndex.Sources());

        Assert.True(second.Rebuilt, corruption);
        Assert.NotEqual(first.Index.Generation, second.Index.Generation);
        Assert.Equal(second.Index.Generation, harness.CurrentName);
        Assert.NotEmpty(second.Index.Reference.Data.Entries);
        Assert.Equal(["Attack, attacks", "heart"], second.Index.SearchEntries("heart attack", null, 1)[0].Entry.Path);
    }

    [Fact]
    public void OpenOrBuild_SameSources_ReusedWithItsReference()
    {
        using var harness = new IndexHarness();
        var first = harness.Open(ReferenceFixtureIndex.Sources());
        first.Index.Dispose();

        var second = harness.Open(ReferenceFixtureIndex.Sources());

        Assert.False(second.Rebuilt);
        Assert.Equal(5, second.Index.ReferenceSources.Count);
        Assert.NotEmpty(second.Index.SearchEntries("secondary liver neoplasm", null, 1));
    }

    private static void Corrupt(string dir, string corruption)
    {
        var file = Path.Combine(dir, ReferenceFile.FileName);
        var entries = Path.Combine(dir, EntryIndexSchema.FolderName);
        switch (corruption)
        {
            case "garbage reference.bin": File.WriteAllText(file, "not gzip at all"); break;
            case "truncate reference.bin": FileDamage.Truncate(file, new FileInfo(file).Length / 2); break;
            case "flip a byte of reference.bin": FileDamage.FlipMiddleByte(file); break;
            case "delete reference.bin": File.Delete(file); break;
            case "delete entries folder": Directory.Delete(entries, recursive: true); break;
            case "flip a byte of entries postings": FileDamage.FlipMiddleByte(Directory.GetFiles(entries, "*.doc").Single()); break;
            case "reference.bin of other material": ReferenceFile.Write(dir, Core.Reference.ReferenceData.Empty("FY2026")); break;
            default: throw new ArgumentOutOfRangeException(nameof(corruption), corruption, null);
        }
    }
}
