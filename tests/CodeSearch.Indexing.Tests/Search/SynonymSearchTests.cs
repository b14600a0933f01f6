using CodeSearch.Core;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>SearchCodes through the index and inclusion terms indexed with each FY2026 ICD-10-CM code.</summary>
public class SynonymSearchTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    [Fact]
    public void Search_AttackHeart_I219ThroughTheSeeOfAttackHeart()
    {
        // Words in the index term's order: "heart attack" itself is read as "myocardial infarction" (QueryReadingTests).
        var hits = fixture.Search("attack heart");

        var first = hits[0];
        Assert.Equal((CodeSystemId.Icd10Cm, "I219"), (first.Code.System, first.Code.Code));
        Assert.Equal("Attack, attacks heart", first.MatchedSynonym);
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
        // "xyzzy" is nowhere: I21.9 comes from the relaxed tier, through its index term only.
        var hit = fixture.Search("attack heart xyzzy")[0];

        Assert.Equal("I219", hit.Code.Code);
        Assert.Equal("Attack, attacks heart", hit.MatchedSynonym);
    }

    [Fact]
    public void Search_RelaxedHitHoldingWordsInItsTitle_NoProvenance()
    {
        var hits = fixture.Search("acute myocardial infarction xyzzy");

        Assert.Equal("I219", hits[0].Code.Code);
        Assert.All(hits, h => Assert.Null(h.MatchedSynonym));
    }

    [Fact]
    public void Search_WithoutReferenceMaterial_AttackHeartFindsNothing()
    {
        using var plain = new FixtureIndex();

        Assert.DoesNotContain(plain.Search("attack heart"), h => h.Code.Code == "I219");
    }
}
