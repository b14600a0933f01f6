using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The everyday-query reading rules of docs/search.md on the full index (ICD-10-CM): the word being typed completed by
/// the word before it, misspellings respelled to vocabulary and index-term words, and the unspecified code of a
/// category before its siblings. Each query found the wrong code or nothing before the rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataEverydayReadingTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("otitis ext", "H60.9")]
    [InlineData("acute bronch", "J20.9")]
    [InlineData("deep vein thr", "I82.4")]
    public void Search_WordBeingTypedAfterAnotherWord_CompletedByThePhrase(string query, string expected)
    {
        // "ext" alone completes to its most common word (extremity), "bronch" to bronchus: beside "otitis" and "acute"
        // the phrase names externa and bronchitis, and the Alphabetic Index default of the phrase comes first.
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("fibriods", "D25.9")]
    [InlineData("shingels", "B02.9")]
    [InlineData("chiken pox", "B01.9")]
    public void Search_MisspelledVocabularyWord_RespelledThenRead(string query, string expected)
    {
        var page = Search(query);
        Assert.Contains(page.Hits.Take(3), h => h.Code.DisplayCode.StartsWith(expected, StringComparison.Ordinal));
        Assert.NotNull(page.UnderstoodAs);
    }

    [Fact]
    public void Search_MisspelledWordOnlyAnIndexTermHolds_Corrected()
    {
        // Osteopenia is an Alphabetic Index term, not a word of any long description.
        var page = Search("osteopenea");
        Assert.StartsWith("M85.8", page.Hits[0].Code.DisplayCode);
        Assert.Equal("osteopenia", page.UnderstoodAs);
    }

    [Theory]
    [InlineData("pneumothorax", "J93.9")]
    [InlineData("bcc", "C44.91")]
    public void Search_UnspecificQuery_UnspecifiedCodeOfTheCategoryFirst(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }
}
