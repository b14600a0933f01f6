using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>Body regions in everyday words and the side the query names (docs/search.md, 4.1 and tie-breaks), on the full index.</summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataRegionTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("cellulitis of right thigh", "L03.115")] // thigh ↔ lower limb
    [InlineData("abscess of left armpit", "L02.412")] // armpit ↔ axilla
    [InlineData("cellulitis of the belly", "L03.311")] // belly ↔ abdominal wall
    [InlineData("cellulitis right hand", "L03.113")] // hand ↔ upper limb
    [InlineData("dvt lt leg", "I82.402")] // leg ↔ lower extremity, lt read as left
    [InlineData("carpal tunnel syndrome right wrist", "G56.01")] // wrist ↔ upper limb
    public void Search_EverydayRegion_TheCodeTitledByTheTitlesRegion(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("mortons neuroma right foot", "G57.61")]
    [InlineData("hearing loss both ears", "H91.93")]
    public void Search_SideNamed_TheCodeOfThatSide(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("cellulitis of leg")]
    [InlineData("lesion of plantar nerve")]
    public void Search_NoSideNamed_FirstResultNamesNoSide(string query)
    {
        var title = Search(query).Hits[0].Code.Description.ToLowerInvariant();

        Assert.DoesNotContain("left", title);
        Assert.DoesNotContain("right", title);
    }
}
