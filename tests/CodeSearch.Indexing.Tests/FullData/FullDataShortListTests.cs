using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Top-5 recall rules of docs/search.md on the full index (ICD-10-CM): a short list is filled from other readings of
/// the query, a header gives its place to its listed code, an ambiguous term's other readings get places. Each query
/// missed its code in the first five before the rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataShortListTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 20);
    }

    [Fact]
    public void Search_EveryWordCommonAndNoCodeHoldsAll_FilledFromTheQueryWithoutAWordNotOnlyTheRarest()
    {
        // "closed", "head" and "injury" are each held by over a thousand codes, so there is no relaxed tier; without
        // "head" (the rarest) nothing was found either, and the list stayed empty. Without "closed": S09.90XA.
        var page = Search("closed head injury");
        Assert.Equal("S09.90XA", page.Hits[0].Code.DisplayCode);
        Assert.Equal("head injury", page.UnderstoodAs);
    }

    [Theory]
    [InlineData("feeling faint", "R55")]
    [InlineData("calluses", "L84")]
    public void Search_ListedNothing_FilledFromAnotherReading(string query, string expected)
    {
        // "feeling faint" reads as a complete "faint", which no code holds whole (the last word as being typed completes
        // to fainting); "calluses" is analysed as "calluse", and its singular is a word too few codes hold to be read first.
        var page = Search(query);
        Assert.Contains(page.Hits, h => h.Code.DisplayCode == expected);
        Assert.NotNull(page.UnderstoodAs);
    }

    [Fact]
    public void Search_HeaderListedBesideItsCodes_ItsCodeTakesItsPlace()
    {
        // sclc reads malignant neoplasm of lung: the header C34 came first, its reportable codes far down.
        var hits = Search("sclc").Hits;
        Assert.StartsWith("C34.", hits[0].Code.DisplayCode);
        Assert.True(hits[0].Code.Billable);
        Assert.DoesNotContain(hits.Take(5), h => h.Code.DisplayCode == "C34");
        Assert.Contains(hits, h => h.Code.DisplayCode == "C34");
    }

    [Theory]
    [InlineData("mr", "I34.0")]
    [InlineData("ed", "N52.9")]
    [InlineData("ms", "I05.0")]
    public void Search_AmbiguousTermAlone_OtherReadingGetsAPlace(string query, string expected)
    {
        Assert.Contains(Search(query).Hits, h => h.Code.DisplayCode == expected);
    }
}
