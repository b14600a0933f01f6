using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Rules written from the work half of the seventeenth everyday set, on the full index (ICD-10-CM): an adjective or
/// participle read as the condition noun the titles write (docs/search.md, "The condition named by its adjective"), and
/// the with/without twin the query asks for (docs/search.md, "Without before with"). Each query listed another code
/// first, or nothing, before the rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataConditionNounTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("congested nose", "R09.81")] // before: "congested" respelled converted, Z53.39
    [InlineData("dehydrated", "E86.0")] // before: nothing
    [InlineData("constipated", "K59.00")] // before: nothing
    [InlineData("nauseous", "R11.0")] // before: nothing
    [InlineData("dizzy", "R42")] // before: nothing
    [InlineData("anxious", "F41.9")] // before: F60.6, through the index term of the avoidant personality
    public void Search_AdjectiveOfACondition_ReadAsTheConditionsNoun(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("my son stutters", "F80.81")] // before: nothing
    [InlineData("snores", "R06.83")] // before: respelled sore, L98.499
    [InlineData("sneezes", "R06.7")] // before: respelled sense, Z48.810
    public void Search_VerbAsAPatientSaysIt_ReadAsTheSymptomsIngForm(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("headcold", "J00")] // split to the lay term head cold; before: nothing
    [InlineData("toothdecay", "K02.9")] // split to the lay term tooth decay; before: nothing
    [InlineData("wets the bed at night", "N39.44")] // "at night" beside enuresis reads nocturnal; before: E51.12
    [InlineData("grind my teeth at night", "G47.63")] // beside a word of bruxism reads sleep related; before: H53.60
    [InlineData("pee a lot at night", "R35.1")] // before: H53.60 *night blindness*
    [InlineData("cant see at night", "H53.60")] // kept as written
    [InlineData("cant hear in either ear", "H91.93")] // before: Q23.4
    [InlineData("bright light hurts my eyes", "H53.149")] // before: Bright's disease, I12.9
    [InlineData("blood on toilet paper when i wipe", "K62.5")] // before: B96.21
    [InlineData("cant control my bowels", "R15.9")] // before: R19.11
    public void Search_LayWording_ReadAsTheTitlesWrite(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_RareTitleWordBesideItsOtherWords_KeptAsWritten()
    {
        // "dystrophic" names the dystrophic epidermolysis bullosa; its noun "dystrophia" is not held beside the other words.
        var codes = Search("recessive dystrophic epidermolysis bullosa").Hits.Select(h => h.Code.DisplayCode).ToList();

        Assert.Equal("Q81.2", codes[0]);
    }

    [Theory]
    [InlineData("dm1 w hypoglycemia", "E10.649")] // before: E10.641 *… with coma*
    [InlineData("gallstones with acute cholecystitis", "K80.00")] // before: K80.01 *… with obstruction*
    [InlineData("heart failure due to hypertension", "I11.0")] // before: I11.9 *… without heart failure*
    [InlineData("severe sepsis w shock", "R65.21")] // the finding's head named: *with septic shock* stays first
    [InlineData("pulmonary embolism", "I26.99")] // *pulmonale* is not the query's *pulmonary*
    public void Search_WithWithoutTwins_TheOneTheQueryAsksForFirst(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("fell off the roof", "W13.2XXA")] // "fell" read as fall, the titles' word
    [InlineData("burnt my hand", "T23.009A")] // "burnt" read as burn
    [InlineData("broke my wrist", "S62.109A")] // "broke" read as broken, the lay term for a fracture
    public void Search_IrregularPastTense_ReadAsTheVerbTheTitlesOrTermsWrite(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("closed fracture of left distal radius", "S52.502A")] // before: distal phalanges of thumb and toe first, no S52.5
    [InlineData("proximal humerus fracture", "S42.2")] // the region row: *upper end of humerus*
    public void Search_DistalOrProximalEndOfALongBone_TheLowerOrUpperEndTitles(string query, string expected)
    {
        var codes = Search(query).Hits.Take(5).Select(h => h.Code.DisplayCode).ToList();

        Assert.Contains(codes, c => c.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("i&d abscess left thigh", "0J9M")] // before: "thigh" read as nothing, the left neck first
    [InlineData("skin biopsy thigh", "0HB")] // the upper leg's skin: 0HBHXZX, 0HBJXZX
    public void Search_ThighInProcedureTables_TheUpperLeg(string query, string expected)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Pcs).ToList();
        var first = data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), query, 0, 5).Hits[0].Code;

        Assert.StartsWith(expected, first.Code, StringComparison.Ordinal);
        Assert.Contains("Upper Leg", first.Description, StringComparison.Ordinal);
    }
}
