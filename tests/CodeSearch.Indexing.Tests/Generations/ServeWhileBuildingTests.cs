using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Generations;

/// <summary>On a restart after a source change, the last good generation is handed out to serve while the new one builds.</summary>
public class ServeWhileBuildingTests
{
    [Fact]
    public void OpenOrBuild_SourcesChanged_LastGoodGenerationServedDuringTheBuildAndLeftOpen()
    {
        using var harness = new IndexHarness();
        var first = harness.Open(IndexHarness.Fixtures("sources-v1"));
        var oldGeneration = first.Index.Generation;
        first.Index.Dispose();
        LuceneCodeIndex? meanwhile = null;
        var importedWhileServing = false;

        var second = harness.Manager.OpenOrBuild(
            IndexHarness.Fixtures("sources-v2", onImport: () => importedWhileServing = meanwhile is not null),
            old => meanwhile = old, CancellationToken.None);

        using var fresh = second.Index;
        using var served = meanwhile;
        Assert.NotNull(meanwhile);
        Assert.Equal(oldGeneration, meanwhile.Generation);
        Assert.True(importedWhileServing, "the old generation was handed out only after the build started");
        Assert.True(second.Rebuilt);
        Assert.NotEqual(oldGeneration, fresh.Generation);
        Assert.NotNull(meanwhile.Find(Core.CodeSystemId.Icd10Cm, "FY2026", "E119")); // still open: the server disposes it
    }

    [Fact]
    public void OpenOrBuild_SourcesUnchanged_NothingHandedOut()
    {
        using var harness = new IndexHarness();
        harness.Open(IndexHarness.Fixtures("same")).Index.Dispose();
        var handed = false;

        using var again = harness.Manager.OpenOrBuild(IndexHarness.Fixtures("same"), _ => handed = true, CancellationToken.None).Index;

        Assert.False(handed);
    }
}
