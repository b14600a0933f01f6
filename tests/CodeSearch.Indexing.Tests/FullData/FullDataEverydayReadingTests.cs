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
    [InlineData("congestive heart fa", "I50.9")]
    [InlineData("myasthenia gr", "G70.00")]
    public void Search_TwoLettersBeingTypedAfterAnotherWord_CompletedByThePhrase(string query, string expected)
    {
        // Two letters alone are completed by nothing; beside the word before them they name failure and gravis, and
        // the Alphabetic Index default of the phrase comes first (before, I50.20 and the header G70.0 led).
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("clavicle fx", "S42.009A")]
    [InlineData("rib fracture", "S22.39XA")]
    [InlineData("fracture of one rib", "S22.39XA")]
    [InlineData("osteopenia", "M85.80")]
    public void Search_HeaderOfHeadersOrPlaceholderCode_ReportableUnspecifiedCodeFirst(string query, string expected)
    {
        // Before: the headers S42.00 and S22.3 led, "fracture of one rib" listed the sequela S22.39XS first and
        // "osteopenia" (an index pointer to the header M85.8-) listed only the header.
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_TermWithoutItsSmallWords_ReadAsTheTerm()
    {
        var page = Search("ringing ears");
        Assert.StartsWith("H93.1", page.Hits[0].Code.DisplayCode);
        Assert.Equal("tinnitus", page.UnderstoodAs);
    }

    [Theory]
    [InlineData("liver problems", "K76.9")]
    [InlineData("heart trouble", "I51.9")]
    [InlineData("housing problems", "Z59")]
    public void Search_ProblemOfAnOrgan_ReadAsDiseaseOnlyBesideTheOrgan(string query, string expected)
    {
        // "problems" reads disease only beside an organ word; a social problem keeps the titles' own word.
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
    [Theory]
    [InlineData("liver cancer", "C22.9")]
    [InlineData("bowel cancer", "C26.0")]
    [InlineData("cervical cancer", "C53.9")]
    [InlineData("cancer", "C80.1")]
    [InlineData("liver metastasis", "C78.7")]
    [InlineData("metastasis to bone", "C79.51")]
    [InlineData("metastatic cancer", "C79.9")]
    [InlineData("metastatic breast cancer", "C50.9")]
    // A site after "to" behind "metastatic" is where the cancer went: its Malignant Secondary cell.
    [InlineData("metastatic carcinoma to the liver", "C78.7")]
    [InlineData("metastatic breast cancer to lung", "C78.0")]
    [InlineData("primary liver cancer", "C22.8")]
    [InlineData("skin cancer", "C44.90")]
    // A site named by another form of its word, and a site whose entry only points to another ("see also").
    [InlineData("pancreatic cancer", "C25.9")]
    [InlineData("rectal cancer", "C20")]
    [InlineData("muscle cancer", "C49.9")]
    public void Search_SiteAndMalignantBehaviour_TheTableOfNeoplasmsCellFirst(string query, string expected)
    {
        // Before the rule "liver cancer" listed C18.3 (hepatic flexure) first, "bowel cancer" C05.2 (uvula), "cancer"
        // and "liver metastasis" nothing of the neoplasm, "metastasis to bone" L02.91 (Metastasis › abscess › see Abscess).
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("brain tumour", "D49.6")]
    [InlineData("thyroid tumor", "D49.7")]
    [InlineData("neoplasm of brain", "D49.6")]
    [InlineData("skin growth", "D49.2")]
    [InlineData("tumor", "D49.9")]
    // The colon's row is printed "-" outside the malignant columns; its "see also" leads to intestine, large.
    [InlineData("tumor of colon", "D49.0")]
    [InlineData("benign colon tumor", "D12.6")]
    [InlineData("benign tumor", "D36.9")]
    [InlineData("uncertain behaviour tumor of bladder", "D41.4")]
    // Tumor's own subterms in the Alphabetic Index come first.
    [InlineData("carotid body tumor", "D44.6")]
    [InlineData("wilms tumor", "C64")]
    [InlineData("fatty tumor", "D17.9")]
    public void Search_SiteAndGrowthWord_TheUnspecifiedBenignOrUncertainCellFirst(string query, string expected)
    {
        // Before the rule "brain tumour" listed C71.9 first and D49.6 (Tumor: see also Neoplasm, unspecified behavior,
        // by site) nowhere in the first five; "tumor of colon" C18.9 first.
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_SiteAndTumor_MalignantCodeStillInTheFirstThree()
    {
        var codes = Search("brain tumour").Hits.Take(3).Select(h => h.Code.DisplayCode).ToList();

        Assert.Contains(codes, c => c.StartsWith("C71", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("liver cell carcinoma", "C22.0")]
    [InlineData("basal cell carcinoma", "C44.91")]
    [InlineData("hepatocellular carcinoma", "C22.0")]
    public void Search_MorphologyNoSiteEntryHolds_LeftToTheAlphabeticIndex(string query, string expected)
    {
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }
    [Theory]
    [InlineData("carbon monoxide poisoning", "T58.91XA")]
    [InlineData("alcohol poisoning", "T51.91XA")]
    [InlineData("aspirin overdose", "T39.011A")]
    [InlineData("intentional overdose of acetaminophen", "T39.1X2A")]
    [InlineData("adverse effect of aspirin", "T39.015A")]
    [InlineData("bee sting", "T63.441A")]
    [InlineData("lead poisoning", "T56.0X1A")]
    [InlineData("overdose", "T50.901A")]
    public void Search_SubstanceAndPoisoning_TheTableOfDrugsCellFirst(string query, string expected)
    {
        // Before the rule "carbon monoxide poisoning" listed V93.81XA (an accident on board a ship) first, "bee sting"
        // Z91.030 (bee allergy status), "overdose" Y63.2 (overdose of radiation), "lead poisoning" the header T56.0.
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_PoisoningTheAlphabeticIndexNames_KeepsItsEntry()
    {
        Assert.Equal("A05.9", Search("food poisoning").Hits[0].Code.DisplayCode);
    }
    [Theory]
    [InlineData("blackheads", "L70.0")]
    [InlineData("pimples", "R23.8")]
    public void Search_PluralOfAnIndexTermTyped_ReadAsItsSingularNotRespelled(string query, string expected)
    {
        // Blackhead and Pimple are Alphabetic Index main terms no title writes: before, the word being typed started no
        // title word and was respelled ("bulkhead", nothing found; "simple", J41.0 Simple chronic bronchitis).
        var page = Search(query);
        Assert.Equal(expected, page.Hits[0].Code.DisplayCode);
    }
}
