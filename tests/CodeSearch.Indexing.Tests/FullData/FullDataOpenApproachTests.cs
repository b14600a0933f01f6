using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>The open approach only when said (docs/search.md, "The open approach only when said"), on the full index.</summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataOpenApproachTests(FullDataIndex data)
{
    private List<string> First(string text, int count)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Pcs).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 20).Hits
            .Take(count).Select(h => h.Code.Code).ToList();
    }

    [Theory]
    [InlineData("pci with drug eluting stent lad", "027034Z", "027004Z")]
    [InlineData("circumcision", "0VTTXZZ", "0VTT0ZZ")]
    [InlineData("watchman device", "02L73DK", "02L70DK")]
    public void Search_NoApproachNamed_TwinBeforeTheOpenCode(string query, string first, string open)
    {
        var codes = First(query, 5);

        Assert.Equal(first, codes[0]);
        Assert.Equal(open, codes[1]);
    }

    [Fact]
    public void Search_OpenNamed_OpenCodeFirst()
    {
        Assert.Equal("0DTJ0ZZ", First("appendectomy open approach", 1)[0]);
    }
}
