using CodeSearch.Core;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>SearchCodes through the index and inclusion terms indexed with each FY2026 ICD-10-CM code.</summary>
public class SynonymSearchTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    [Fact]
    public void Search_HeartAttack_I219ThroughTheSeeOfAttackHeart()
    {
        var hits = fixture.Search("heart attack");

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

        var hit = Assert.Single(hits);
        Assert.Equal("E119", hit.Code.Code);
        Assert.Equal("Type 2 diabetes mellitus NOS", hit.MatchedSynonym);
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
    public void Search_WithoutReferenceMaterial_HeartAttackFindsNothing()
    {
        using var plain = new FixtureIndex();

        Assert.DoesNotContain(plain.Search("heart attack"), h => h.Code.Code == "I219");
    }
}
