using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>The query-reading rules of docs/search.md on the full index (ICD-10-CM).</summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataQueryReadingTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("secondary hypertension", "I15")]
    [InlineData("secondary parkinsonism", "G21")]
    [InlineData("primary optic atrophy", "H47.21")]
    [InlineData("hypertension", "I10")]
    [InlineData("canavan disease", "E75.28")]
    [InlineData("fanconi anemia", "D61.03")]
    public void Search_IndexEntryMissingAQueryWord_NotTheDefault(string query, string expected)
    {
        // "secondary" is a column word of the tables, which the entry search does not require: Hypertension (I10)
        // must not be taken for "secondary hypertension".
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("family history of colon cancer", "Z80.0")]
    [InlineData("fh stomach ca", "Z80.0")]
    [InlineData("family hx pancreatic cancer", "Z80.0")]
    [InlineData("colon ca", "C18.9")]
    [InlineData("history of colon cancer", "Z85.038")]
    public void Search_DigestiveCancerBesideFamilyWords_ReadsAsTheIndexNamesIt(string query, string expected)
    {
        // History, family, malignant neoplasm lists "digestive organ" (Z80.0), no site of the tract; without family
        // words the site is kept (the personal history entries list the sites).
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_SiteWordAfterACommaInATitle_DoesNotNameIt()
    {
        // "Tumor › syphilitic, brain" (A52.17) is not named by "brain tumor": a brain neoplasm comes first.
        var first = Search("brain tumor").Hits[0].Code.DisplayCode;
        Assert.NotEqual("A52.17", first);
        Assert.Matches("^(C71|D33|D43|D49)", first);
    }

    [Theory]
    [InlineData("lbbb", "I44.7")]
    [InlineData("wpw", "I45.6")]
    [InlineData("pmr", "M35.3")]
    [InlineData("hnp", "M51.2")]
    [InlineData("std", "A64")]
    [InlineData("passing out", "R55")]
    [InlineData("brain bleed", "I6")]
    [InlineData("low thyroid", "E03.9")]
    [InlineData("clot in lung", "I26")]
    [InlineData("torn meniscus right knee", "S83.2")]
    public void Search_EverydayAbbreviationOrLayWords_ReadInTheTitlesWords(string query, string expected)
    {
        // Vocabulary rows (terms.tsv) added after a probe of common abbreviations and lay words that found nothing or
        // the wrong code (e.g. "lbbb" found nothing, "passing out" gave Z73.0); the expected code leads the top 3.
        var page = Search(query);
        Assert.Contains(page.Hits.Take(3), h => h.Code.DisplayCode.StartsWith(expected, StringComparison.Ordinal));
        Assert.NotNull(page.UnderstoodAs);
    }

    [Theory]
    [InlineData("migraine disorder", "G43")]
    public void Search_WeakWordTheTitleLeavesOut_TheCodeOfTheOtherWords(string query, string expected)
    {
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("stomach cancr", "stomach cancer", "C16")]
    [InlineData("kidney cancr", "kidney cancer", "C64")]
    public void Search_RareWordStartOneDroppedLetterFromACommonWord_ReadAsTheSlip(string query, string understood, string expected)
    {
        // "cancr" starts only the index term *cancrum* (A69.0); one dropped letter from *cancer*, which far more codes hold.
        var page = Search(query);
        Assert.Equal(understood, page.UnderstoodAs);
        Assert.StartsWith(expected, page.Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_WordStartOneReplacedLetterFromACommonWord_LeftToItsCompletion()
    {
        // "tired" starts the index term *tiredness*; *tires* is another letter in place of one, another word.
        var page = Search("always tired");
        Assert.NotEqual("tires", page.UnderstoodAs);
        Assert.StartsWith("R53", page.Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("ms murmur", "mitral stenosis murmur")]
    [InlineData("ms relapse", "multiple sclerosis relapse")]
    [InlineData("ca head of pancreas", "cancer head of pancreas")]
    public void Search_AmbiguousAbbreviation_ReadInTheContextOfTheOtherWords(string query, string understood)
    {
        Assert.Equal(understood, Search(query).UnderstoodAs);
    }

    [Theory]
    [InlineData("ms relapse", "G35")]
    [InlineData("ca head of pancreas", "C25.0")]
    [InlineData("penile cancer", "C60")]
    public void Search_ReadInContext_TheCodeItMeans(string query, string expected)
    {
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("cmt2a", "G60.0")]
    [InlineData("spg11", "G11.4")]
    [InlineData("mpsiiia", "E76.22")]
    [InlineData("mucopolysaccharidosis type 3a", "E76.22")]
    [InlineData("nf1", "Q85.01")]
    public void Search_NumberedTypeOfASeries_TheSeriesCode(string query, string expected)
    {
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_WholeWordBeingTyped_NamesItsOwnIndexEntry()
    {
        // "eczema" used to be completed to the more common "eczematous", which names no entry.
        Assert.Equal("L30.9", Search("eczema").Hits[0].Code.DisplayCode);
    }
}
