using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Clinicians' shorthand read on the full index (docs/search.md, "A word written without its vowels" and "Joiners and
/// substances written short"): consonant abbreviations, the joiner "w", "d/o", and substance and service shorthand.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataShorthandWordsTests(FullDataIndex data)
{
    private SearchPage Search(string text, CodeSystemId system)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("hrt murmur", "R01.1", "heart murmur")]
    [InlineData("bld in urine", "R31.9", "blood in urine")]
    [InlineData("iup 32 wks", "Z3A.32", "iup 32 weeks")]
    public void Search_WordWithoutVowels_ReadByItsConsonants(string query, string expected, string understood)
    {
        // Before: "hrt", "bld" and "wks" matched nothing (iup 32 wks listed nothing at all).
        var page = Search(query, CodeSystemId.Icd10Cm);
        Assert.Equal(expected, page.Hits[0].Code.DisplayCode);
        Assert.Equal(understood, page.UnderstoodAs);
    }

    [Theory]
    [InlineData("hyper ca", "E83.52", "hypercalcemia")]        // before: "ca" read as cancer, C05.2 first
    [InlineData("low mg", "E83.42", "hypomagnesemia")]         // before: "mg" kept, Z59.6 Low income first
    [InlineData("low potassium", "E87.6", "hypokalemia")]      // before: P74.32 of the newborn first
    [InlineData("low blood sugar", "E16.2", "hypoglycemia")]
    public void Search_LevelWordBesideBloodSubstance_ReadAsTheTitlesWord(string query, string expected, string understood)
    {
        var page = Search(query, CodeSystemId.Icd10Cm);
        Assert.Equal(expected, page.Hits[0].Code.DisplayCode);
        Assert.Equal(understood, page.UnderstoodAs);
    }

    [Fact]
    public void Search_ShortWordBesideAConsonantAbbreviation_CompletedBesideItsReading()
    {
        // Before: "hrt" was kept, so "cong" was completed alone to congenital and Q76.3 came first.
        var page = Search("cong hrt fail", CodeSystemId.Icd10Cm);
        Assert.Equal("congestive heart fail", page.UnderstoodAs);
        Assert.StartsWith("I50", page.Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_PluralOfAVocabularyAbbreviation_NotReadByItsConsonants()
    {
        // "stds" has no vowel but is the plural of the term "std": read as the term, not as "studies".
        Assert.Contains("sexually transmitted", Search("tested for stds", CodeSystemId.Icd10Cm).UnderstoodAs);
    }

    [Fact]
    public void Search_VocabularyAbbreviationWithoutVowels_KeepsItsVocabularyReading()
    {
        // "ckd" is a vocabulary term: the consonant rule leaves it to the vocabulary.
        Assert.StartsWith("N18", Search("ckd", CodeSystemId.Icd10Cm).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("ra w rf", "M05.9")]                  // before: M05.519 and "without rheumatoid factor" first
    [InlineData("dementia w agitation", "F03.911")]   // before: the vascular dementia codes first
    [InlineData("meth use d/o", "F15.20")]            // before: "method", wound disruption first
    [InlineData("ltu of insulin", "Z79.4")]           // before: insulin pump complications first
    [InlineData("benzo dependence", "F13.20")]        // before: opioid and alcohol dependence first
    [InlineData("thc use", "F12.90")]                 // before: tobacco use first
    [InlineData("annual pe", "Z00.00")]               // before: pulmonary embolism first
    [InlineData("hlhs", "Q23.4")]                     // before: hemophagocytic lymphohistiocytosis
    public void Search_ConditionShorthand_ReadAsTheTitlesWords(string query, string expected)
    {
        Assert.Equal(expected, Search(query, CodeSystemId.Icd10Cm).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("bg meter", "E0607")]   // before: peak flow meters
    [InlineData("pulse ox", "E0445")]   // before: prosthesis parts
    [InlineData("dsmt", "G0108")]       // before: nothing read
    public void Search_SupplyAndServiceShorthand_ReadInTheHcpcsWords(string query, string expected)
    {
        Assert.Equal(expected, Search(query, CodeSystemId.Hcpcs).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("egd w bx", "0DB58ZX")]               // before: the anus, ileum and cecum biopsies first
    [InlineData("egd w dil", "0D758ZZ")]              // before: "dil" and the organ were lost, inspections first
    [InlineData("c-scope w polypectomy", "0DBE8ZZ")]  // before: duodenoscope inspections
    public void Search_ScopeShorthandWithAnotherOperation_TheOperationInTheScopesOrgan(string query, string expected)
    {
        Assert.Equal(expected, Search(query, CodeSystemId.Icd10Pcs).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("medrol dose pack", "J7509")]   // before: ventricular assist power packs
    [InlineData("ipratropium neb", "J764")]     // before: nebulizer machines
    public void Search_DrugShorthand_TheDrugsFormInTheHcpcsWords(string query, string expected)
    {
        Assert.StartsWith(expected, Search(query, CodeSystemId.Hcpcs).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("ect", "GZB")]    // before: female reproductive codes ("ect" matched nothing)
    [InlineData("laao", "02L7")]  // before: imaging codes
    public void Search_ProcedureShorthand_ReadInThePcsWords(string query, string expected)
    {
        Assert.StartsWith(expected, Search(query, CodeSystemId.Icd10Pcs).Hits[0].Code.DisplayCode);
    }
}
