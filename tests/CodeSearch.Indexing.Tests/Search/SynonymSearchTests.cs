using CodeSearch.Core;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>SearchCodes through the index and inclusion terms indexed with each FY2026 ICD-10-CM code.</summary>
public class SynonymSearchTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    [Fact]
    public void Search_InfarctHeart_I219ThroughTheSeeOfInfarctHeart()
    {
        // "heart" is a word of the index term only (Infarct › heart, see Infarct, myocardium), not of I21.9's title.
        // ("attack heart", the words of Attack › heart, is now read as the lay term "heart attack" in another order.)
        var hits = fixture.Search("infarct heart");

        var first = hits[0];
        Assert.Equal((CodeSystemId.Icd10Cm, "I219"), (first.Code.System, first.Code.Code));
        Assert.Equal("Infarct, infarction heart", first.MatchedSynonym);
    }

    [Fact]
    public void Search_WordsOfTheDescription_NoMatchedSynonym()
    {
        var hits = fixture.Search("type 2 diabetes");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Null(h.MatchedSynonym));
    }

    [Fact]
    public void Search_InclusionTermWord_FoundThroughTheInclusionTerm()
    {
        var hits = fixture.Search("type 2 diabetes NOS");

        Assert.Equal("E119", hits[0].Code.Code);
        Assert.Equal("Type 2 diabetes mellitus NOS", hits[0].MatchedSynonym);
        // Only E11.9 holds "nos"; the codes after it hold some of the words (relaxed tier), with lower scores.
        Assert.All(hits.Skip(1), h => Assert.True(h.Score < hits[0].Score));
        Assert.DoesNotContain(hits.Skip(1), h => h.Code.Code == "E119");
    }

    [Fact]
    public void Search_DescriptionMatch_RanksAboveASynonymOnlyMatch()
    {
        // "myocardial infarction" is in I21.9's description and, for no other reason, in the index path leading to it.
        var hits = fixture.Search("acute myocardial infarction unspecified");

        Assert.Equal("I219", hits[0].Code.Code);
        Assert.Null(hits[0].MatchedSynonym);
    }

    [Fact]
    public void Search_RelaxedHitOnlyThroughIndexTerms_NamesThem()
    {
        // "xyzzy" is nowhere: I21.9 comes from the relaxed tier, "heart" through its index terms only.
        var hit = fixture.Search("infarct heart xyzzy")[0];

        Assert.Equal("I219", hit.Code.Code);
        Assert.Contains("heart", hit.MatchedSynonym);
    }

    [Fact]
    public void Search_RelaxedHitHoldingWordsInItsTitle_NoProvenance()
    {
        var hits = fixture.Search("acute myocardial infarction xyzzy");

        Assert.Equal("I219", hits[0].Code.Code);
        Assert.All(hits, h => Assert.Null(h.MatchedSynonym));
    }

    [Fact]
    public void Search_WithoutReferenceMaterial_InfarctHeartDoesNotFindI219ThroughIndexTerms()
    {
        using var plain = new FixtureIndex();

        // Without the index terms no code holds both words; the short list is filled from "infarct" alone
        // (ShortListFallback), so I21.9 may follow, but never first and never named by an index term.
        var hits = plain.Search("infarct heart");

        Assert.NotEqual("I219", hits[0].Code.Code);
        Assert.All(hits, h => Assert.Null(h.MatchedSynonym));
    }
}
