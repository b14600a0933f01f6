using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// English words no code holds are not respelled to a title word they are not (docs/search.md, "Misspellings", "A real
/// word is not respelled"; issue 13), while misspellings still are.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataRealWordTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("limping", "living")]          // limp → liv: a consonant turned into another
    [InlineData("limping child", "living")]    // even where the context holds the correction (Z62.22 before)
    [InlineData("poop", "pool")]               // a word of a vocabulary phrase ("blood in poop")
    [InlineData("things", "thigh")]            // likewise ("seeing things")
    public void Search_RealWord_NotRespelledToATitleWord(string query, string formerWord)
    {
        var page = Search(query);

        Assert.DoesNotContain(formerWord, (page.UnderstoodAs ?? query).Split(' '));
    }

    [Theory]
    [InlineData("pnuemonia", "J18.9")]
    [InlineData("alopesia", "L65.9")]
    public void Search_Misspelling_StillCorrected(string query, string code) =>
        Assert.Equal(code, Search(query).Hits[0].Code.DisplayCode);
}
