using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The twentieth everyday set's families on the full index (docs/search.md, "The twentieth set's families" and "A rare
/// word of the titles can be a misspelling"): how patients say where it hurts, that a part swells, how it looks, and a
/// plural the spelling rule must not take for a slip. Each query read or ranked another code first before its rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataPatientWordsTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("elbow hurts", "M25.52")]
    [InlineData("right shoulder hurts", "M25.511")]
    public void Search_PartHurts_PainOfThatPart(string query, string expected)
    {
        // Before, "hurts" was respelled hurst and G36.1 (hemorrhagic leukoencephalitis [Hurst]) came first.
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_PluralOfAHeldWord_NotTakenForASlip()
    {
        // "spots" is the plural of spot, a word the titles hold; before, the rare-word rule read it as sports and
        // Y93.73 (Activity, racquet and hand sports) came first.
        var page = Search("age spots on my hands");

        Assert.DoesNotContain("sports", (page.UnderstoodAs ?? "").Split(' '));
        Assert.DoesNotContain(page.Hits, h => h.Code.DisplayCode.StartsWith('Y'));
    }

    [Theory]
    [InlineData("skin looks yellow", "R17")]
    [InlineData("farting a lot", "R14.3")]
    [InlineData("legs swell up", "M79.89")]
    [InlineData("short sighted", "H52.1")]
    [InlineData("want to kill myself", "R45.851")]
    public void Search_PatientsWording_ConditionFirst(string query, string expected)
    {
        // "looks" is filler (then yellow skin is jaundice); "farting" was respelled fasting (R73.01), "swell" spell,
        // "short sighted" and "kill myself" matched nothing of the condition.
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_BothInsideATerm_SetAsideLikeASide()
    {
        // "both" is the everyday word for bilateral: set aside, "ringing in ears" is read as tinnitus and the side picks
        // H93.13. Before, "both" hid the term and "ringing" was respelled running (Y93.02 Activity, running first).
        Assert.Equal("H93.13", Search("ringing in both ears").Hits[0].Code.DisplayCode);
    }
}
