using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Clinicians' shorthand read on the full index (docs/search.md, "Shorthand beside shorthand"): a side or eye
/// abbreviation chosen by another term's reading, and the operation and equipment shorthand of one code system.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataShorthandTests(FullDataIndex data)
{
    private SearchPage Search(string text, CodeSystemId system)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("dry amd ou", "H35.3130")]
    [InlineData("poag os", "H40.1120")]
    [InlineData("pterygium od", "H11.001")]
    public void Search_EyeSideAbbreviationBesideAnEyeTerm_ReadAsTheSide(string query, string expected)
    {
        // Before: "ou", "os" and "od" were searched as written and the unspecified or another eye's code came first.
        Assert.Equal(expected, Search(query, CodeSystemId.Icd10Cm).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("lap ccy", "0FT44ZZ")]
    [InlineData("l cea", "03C")]
    public void Search_OperationShorthand_ReadInThePcsWords(string query, string expected)
    {
        // Before: "ccy" and "cea" were dropped (lap ccy listed Map Pons, l cea radiography of a left vein).
        Assert.StartsWith(expected, Search(query, CodeSystemId.Icd10Pcs).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_HeavyDutyBesideWheelchairShorthand_HeavyDutyWheelchair()
    {
        // Before: "hd" was searched as written (E1017 shock absorber, J0177 aflibercept hd); "wc" matched nothing.
        Assert.Equal("K0006", Search("hd wc", CodeSystemId.Hcpcs).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("gastroesoph refl", "K21.9", "gastroesophageal refl")]
    [InlineData("irrit bow syn", "K58.9", "irritable bow syn")]
    public void Search_EveryWordWrittenShort_EarlierWordsCompletedBesideTheOthers(string query, string expected, string understood)
    {
        // Before: "gastroesoph" was not completed (its completion is held by fewer than 100 codes) and J38.5 laryngeal
        // spasm came first; "irrit" took its most common completion alone and K56.2 volvulus came first.
        var page = Search(query, CodeSystemId.Icd10Cm);
        Assert.Equal(expected, page.Hits[0].Code.DisplayCode);
        Assert.Equal(understood, page.UnderstoodAs);
    }

    [Fact]
    public void Search_CountBesideAnInjury_ReadAsMultiple()
    {
        // Before: "x3" was searched as written and S22.32XA (one rib, left side) came first.
        var page = Search("l rib fx x3", CodeSystemId.Icd10Cm);
        Assert.Equal("S22.42XA", page.Hits[0].Code.DisplayCode);
        Assert.Equal("left rib fracture multiple", page.UnderstoodAs);
    }

    [Fact]
    public void Search_CountBesideNoInjury_KeptForTheProcedureWords()
    {
        // "cabg x3" is read by the procedure words (three arteries), not as "multiple".
        Assert.StartsWith("0212", Search("cabg x3", CodeSystemId.Icd10Pcs).Hits[0].Code.DisplayCode);
    }
}
