using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The side words of a query (docs/search.md, "A side word is set aside") on the full index (ICD-10-CM): the Alphabetic
/// Index default and the vocabulary name a condition without its side, so the side is set aside to find them and then
/// picks the code. Each query listed the wrong code first before the rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataSideWordsTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("left hip fracture", "S72.002A")]
    [InlineData("broken left leg", "S82.92XA")]
    [InlineData("left hemiparesis", "G81.92")]
    public void Search_SideTheIndexEntryDoesNotName_DefaultWithoutItThenTheSidesCode(string query, string expected)
    {
        // Before: M97.02XA (periprosthetic fracture around a left hip prosthesis), M84.752A (pathological fracture) and
        // I69.952 (a sequela of stroke) came first: the default of the entry was not found with the side in the query.
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("right knee osteoarthritis", "M17.11")]
    [InlineData("cellulitis left thigh", "L03.116")]
    public void Search_WordsWithTheSideFoundTheDefaultsCategory_WordsKeepTheirCode(string query, string expected)
    {
        // The sideless defaults (M17.9, L03.11-) would put the unspecified knee or the left axilla first.
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_WordsFoundACodeNamingNoSide_DefaultStaysFirst()
    {
        // Hydrocele has no code of a side: N43.2 *Other hydrocele*, found by the words, came first and the default
        // N43.3 *Hydrocele, unspecified* ninth.
        Assert.Equal("N43.3", Search("left hydrocele").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_SideInsideALayTerm_TermReadAndSideKept()
    {
        // Before: "ringing" was respelled running (Y93.02 Activity, running).
        var page = Search("ringing in my left ear");
        Assert.Equal("H93.12", page.Hits[0].Code.DisplayCode);
        Assert.Equal("left tinnitus", page.UnderstoodAs);
    }

    [Theory]
    [InlineData("s/p l bka", "Z89.512", "left acquired absence of leg below knee")]
    [InlineData("s/p l tha", "Z96.642", "left presence of artificial hip joint")]
    [InlineData("s/p bilat tka", "Z96.653", "bilateral presence of artificial knee joint")]
    [InlineData("s/p r mastectomy", "Z90.11", "right acquired absence of breast")]
    public void Search_ShortenedSideInsideAStatusTerm_TermReadAndSideKept(string query, string expected, string understood)
    {
        // Before: the shortened side split "s/p bka", "s/p tha" … so the status term was not read and Z98.3 (post
        // therapeutic collapse of lung status) or bilateral eye codes came first.
        var page = Search(query);
        Assert.Equal(expected, page.Hits[0].Code.DisplayCode);
        Assert.Equal(understood, page.UnderstoodAs);
    }
}
