using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// ICD-10-PCS wording of the twenty-fourth everyday set read on the full index (docs/search.md, "Words of one code
/// system"): a scope named as an adjective is its approach, and "removal" of matter is an Extirpation.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataApproachWordsTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Pcs).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("arthroscopic rotator cuff repair", "0KQ", "4ZZ")]
    [InlineData("thoracoscopic wedge resection right lung", "0B", "4ZZ")]
    public void Search_ScopeAdjective_ReadAsPercutaneousEndoscopic(string query, string prefix, string suffix)
    {
        // Before: "arthroscopic" was read as nothing and the open repair (0KQ60ZZ) came first.
        var first = Search(query).Hits[0].Code.DisplayCode;
        Assert.StartsWith(prefix, first);
        Assert.EndsWith(suffix, first);
    }

    [Theory]
    [InlineData("removal of kidney stone percutaneous", "0TC")]
    [InlineData("removal of foreign body from eye", "08C")]
    public void Search_RemovalOfMatter_Extirpation(string query, string prefix)
    {
        // Before: the kidney itself was resected (0TT14ZZ) and the foreign body was a device's Removal (0GP100Z).
        Assert.StartsWith(prefix, Search(query).Hits[0].Code.DisplayCode);
    }
}
