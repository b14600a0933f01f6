using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Shorthand with words beside it, read on the full index (docs/search.md, "A side letter at the query's edge", "An age
/// beside the condition" and the <c>h13-abbrev12</c> rows of terms.tsv): a side letter that opens or ends the query, a
/// patient's age, "new onset", lab and mechanism shorthand, and clinicians' shorthand joined to a body part.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataShorthandContextTests(FullDataIndex data)
{
    private SearchPage Search(string text, CodeSystemId system = CodeSystemId.Icd10Cm)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("rtc tear r", "M75.1", "rotator cuff tear right")]          // before: the unspecified shoulder's codes
    [InlineData("r 5th finger fx", "S62.606A", "right little finger fracture")] // before: the index finger first
    public void Search_SideLetterAtTheEdge_ReadAsTheSide(string query, string expected, string understood)
    {
        var page = Search(query);
        Assert.StartsWith(expected, page.Hits[0].Code.DisplayCode);
        Assert.Contains("right", page.Hits[0].Code.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(understood, page.UnderstoodAs);
    }

    [Theory]
    [InlineData("aom r ear", "H66.91")]
    [InlineData("aom left ear", "H66.92")]
    public void Search_SideAndEarAfterAnIndexEntry_TheEntrysSidedCode(string query, string expected)
    {
        // Before: the Alphabetic Index default (Otitis › media › acute, H66.90) was not found with "ear" in the query,
        // and the acute serous otitis media of that ear (H65.01) came first.
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_AgeBesideShorthand_AgeReadAsNothing()
    {
        // Before: "2" and "yo" were searched with "wcc" and heart failure codes came first.
        var page = Search("wcc 2 yo");
        Assert.Equal("Z00.129", page.Hits[0].Code.DisplayCode);
        Assert.Equal("routine child health examination", page.UnderstoodAs);
    }

    [Theory]
    [InlineData("new onset sz", "R56.9")]        // before: focal epilepsy (the word "onset")
    [InlineData("new onset afib", "I48.91")]     // before: permanent atrial fibrillation first
    [InlineData("mech fall", "W19.XXXA")]        // before: asphyxiation ("mechanical")
    [InlineData("elev psa", "R97.20")]           // before: psoriatic arthritis ("elev" kept psa's first reading)
    [InlineData("fb eye", "T15.90XA")]           // before: retained intraocular foreign bodies
    [InlineData("fb in ear", "T16.9XXA")]        // before: "fb" dropped, "in ear" found remission codes
    [InlineData("lac scalp", "S01.01XA")]        // before: abrasion of scalp
    [InlineData("hd dependent", "Z99.2")]        // before: dependent personality disorder
    [InlineData("co poisoning", "T58.91XA")]     // before: poisoning by unspecified drugs
    public void Search_ShorthandWithContextWords_TheCommonCode(string query, string expected) =>
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);

    [Theory]
    [InlineData("iabp", "5A02210")]              // before: nothing
    [InlineData("esi lumbar", "3E0S33Z")]        // before: fluoroscopy of the lumbar spine
    [InlineData("umb hernia repair", "0WQF")]    // before: ultrasonography of the umbilical cord
    public void Search_ProcedureShorthand_ReadInThePcsWords(string query, string expected) =>
        Assert.StartsWith(expected, Search(query, CodeSystemId.Icd10Pcs).Hits[0].Code.DisplayCode);
}
