using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The eighteenth everyday set's families on the full index (docs/search.md, "Misspellings", "Which correction" and
/// "Words and their forms"): the spelling corrector's precision on patients' everyday words and its reach on
/// misspellings only an index term, a sound rule or a spelled-out number finds. Each query read or ranked another code
/// first before its rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataLayPrecisionTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Fact]
    public void Search_EverydayWordNoCorrectionFits_KeptAsTyped()
    {
        // "flaky" is no title word; its correction fluke stands beside scalp in no code. Before, the query was read
        // "fluke scalp" and listed B66.9 Fluke infection first.
        var page = Search("flaky scalp");

        Assert.Null(page.UnderstoodAs);
        Assert.DoesNotContain(page.Hits, h => h.Code.DisplayCode.StartsWith("B66", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hiccups that wont stop", "want")]
    [InlineData("havent had a period in months", "have")]
    public void Search_ContractionWithoutApostrophe_NotRespelled(string query, string formerReading)
    {
        // Before, "wont" was read as want and "havent" as have.
        var page = Search(query);

        Assert.DoesNotContain(formerReading, (page.UnderstoodAs ?? query).Split(' '));
    }

    [Fact]
    public void Search_VerbFormOfAHeldWord_ReadAsThatWord()
    {
        // Before, "coughing" (no title writes it) was respelled crushing, which fits none of the other words.
        Assert.Equal("cough up yellow phlegm", Search("coughing up yellow phlegm").UnderstoodAs);
    }

    [Fact]
    public void Search_HeldStemTheCorrectionStartsWith_CorrectionKept()
    {
        // concentration starts with the stem concentrate: the correction the titles write is kept.
        Assert.Equal("R41.840", Search("trouble concentrating").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_CorrectionHeldInTheWord_TakenThoughNoTitleFitsTheOthers()
    {
        // "asleep" holds sleep: a form, not an unrelated word, though no title holds sleep beside breathing or stops.
        Assert.Equal("G47.30", Search("breathing stops when asleep").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_CorrectionFitsTheOthersInIndexTermsOnly_Taken()
    {
        // Rosacea stands beside acne in the index terms (Acne › rosacea), not in a title.
        Assert.Equal("L71.9", Search("acne roscea").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_IndexTermWordMuchCloserThanTheTitleWord_Taken()
    {
        // "melazma" is one edit from the index term melasma and sounds like it; the closest title word, melanoma, is
        // two edits away and sounds otherwise. Before, C43.9 was listed first.
        Assert.Equal("L81.1", Search("melazma").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_TureSpeltCher_SoundsLikeIt()
    {
        // "fracher" sounds like fracture; before, it was respelled father (Y07.420 Foster father … first).
        Assert.StartsWith("S72.0", Search("hip fracher").Hits[0].Code.DisplayCode, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my sugar keeps running high", "R73.9")]
    [InlineData("sugar crashed and got shaky", "E16")]
    [InlineData("sugar", "E11.9")]
    public void Search_SugarBesideAnUpOrDownWord_ReadAsTheBloodSugar(string query, string expected)
    {
        // "sugar" alone is diabetes; beside high, up, low, crashed … it is the blood sugar a patient means. Before,
        // both queries were read as diabetes and listed activity and external-cause codes first.
        Assert.StartsWith(expected, Search(query).Hits[0].Code.DisplayCode, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NumberSpelledOut_MatchesTheNumeral()
    {
        // "three" matches 3 (and III); before, every stage of N18 tied.
        Assert.Equal("N18.30", Search("ckd stage three").Hits[0].Code.DisplayCode);
    }
}
