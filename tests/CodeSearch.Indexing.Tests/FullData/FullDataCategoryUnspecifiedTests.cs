using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The most unspecified code of the first result's category, put first when the equal titles listed all add a word the
/// query does not say (docs/search.md, "The unspecified code of the category before its siblings").
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataCategoryUnspecifiedTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Fact]
    public void Search_EqualTitlesEachAddAWord_CategoryUnspecifiedCodeFirst()
    {
        // Before: K29.00 *Acute gastritis without bleeding* first (shortest of the equal titles), K29.70 not listed.
        Assert.Equal("K29.70", Search("gastritis without bleeding").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_QueryNamesTheFirstTitlesWord_Kept()
    {
        Assert.Equal("K29.00", Search("acute gastritis without bleeding").Hits[0].Code.DisplayCode);
    }
}
