using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The family's unspecified code beside its siblings (docs/search.md, `CategoryDefault`) on the full index (ICD-10-CM):
/// each query listed specific siblings of one category among its first five and the family's unspecified code further
/// down or not at all before the rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataCategoryDefaultTests(FullDataIndex data)
{
    private IReadOnlyList<SearchHit> Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 20).Hits;
    }

    [Theory]
    [InlineData("peptic ulcer disease", "K27.9")]
    [InlineData("smokes weed", "F12.90")]
    [InlineData("got stung by a wasp", "T63.461A")]
    public void Search_SiblingsCrowdTheFirstFive_FamilysUnspecifiedCodeAmongThem(string query, string expected)
    {
        var hits = Search(query);
        var at = hits.Take(5).ToList().FindIndex(h => h.Code.DisplayCode == expected);
        Assert.True(at > 0, $"{expected} is not among the first five after the first result");
        // It follows a sibling of its category.
        Assert.Contains(hits.Take(at), h => h.Code.DisplayCode[..3] == expected[..3]);
    }

    [Fact]
    public void Search_UnspecifiedCodeHoldsFewerWordsThanASibling_SiblingKeepsItsPlace()
    {
        // Z11.9 *Encounter for screening for infectious and parasitic diseases, unspecified* holds fewer of the words
        // than Z11.3 *… infections with a predominantly sexual mode of transmission*.
        var hits = Search("want to be tested for stds");
        Assert.Contains(hits.Take(5), h => h.Code.DisplayCode == "Z11.3");
        Assert.DoesNotContain(hits.Take(5), h => h.Code.DisplayCode == "Z11.9");
    }
}
