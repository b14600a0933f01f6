using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Approaches and operations as people write them, read on the full index: a scope named as an adjective is its
/// approach and "removal" of matter is an Extirpation (docs/search.md, "Words of one code system"); an adverb of an
/// approach is read as its adjective, and scope and catheter words as the tables' approach (docs/search.md,
/// "Approaches as surgeons name them").
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

    [Theory]
    // Before: the adverb was a word no title holds, dropped, and 0DTJ0ZZ (open) came first.
    [InlineData("appendix removed laparoscopically", "0DTJ4ZZ")]
    // Before: "vats" was respelled "vas", and the open and endoscopic lobectomies tied (0BTF0ZZ first).
    [InlineData("vats right lower lobectomy", "0BTF4ZZ")]
    // Before: "keyhole" was dropped, 0FT40ZZ first.
    [InlineData("gallbladder taken out by keyhole", "0FT44ZZ")]
    // Before: "robotic" matched nothing of a resection, 0VT00ZZ first.
    [InlineData("robotic prostatectomy", "0VT04ZZ")]
    // Before: "thoracoscopic" was dropped, an open lobectomy first.
    [InlineData("thoracoscopic left lower lobectomy", "0BTJ4ZZ")]
    public void Search_ApproachWord_ReadAsTheTablesApproach(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_Transcatheter_ReadAsPercutaneous()
    {
        // Before: the open replacements 02RF08Z and 02RF0JZ came first.
        var page = Search("transcatheter aortic valve replacement");
        Assert.StartsWith("02RF3", page.Hits[0].Code.DisplayCode);
        Assert.Contains("percutaneous", page.UnderstoodAs);
    }

    [Fact]
    public void Search_RoboticAssisted_KeepsTheRoboticProcedure()
    {
        Assert.StartsWith("8E0", Search("robotic assisted procedure").Hits[0].Code.DisplayCode);
    }
}
