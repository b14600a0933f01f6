using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Approaches as surgeons name them, read on the full index (docs/search.md, "Approaches as surgeons name them"):
/// an adverb of an approach is read as its adjective, and scope and catheter words as the tables' approach.
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
