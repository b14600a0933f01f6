using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A disease named as a genetic type lists the title of its inherited form first.</summary>
public class InheritedFormTests
{
    private static SearchHit Hit(string code, string description, float score, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = CodeKind.Code, Billable = true,
        ReleaseId = "FY2026",
    }, score, kind);

    private static List<SearchHit> Paraplegia() =>
    [
        Hit("G041", "Tropical spastic paraplegia", 9f),
        Hit("G114", "Hereditary spastic paraplegia", 8f),
        Hit("G8220", "Paraplegia, unspecified", 7f),
    ];

    [Theory]
    [InlineData("spastic paraplegia 63")]
    [InlineData("autosomal dominant spastic paraplegia")]
    [InlineData("x-linked spastic paraplegia type 16")]
    [InlineData("spastic paraplegia type iii")]
    public void Promote_GeneticType_InheritedTitleFirstScoresKeptByPosition(string query)
    {
        var hits = Paraplegia();
        var docs = new List<int> { 1, 2, 3 };

        InheritedForm.Promote(query, hits, docs);

        Assert.Equal(["G114", "G041", "G8220"], hits.Select(h => h.Code.Code));
        Assert.Equal([2, 1, 3], docs);
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Promote_NoGeneticType_LeftAlone()
    {
        var hits = Paraplegia();

        InheritedForm.Promote("spastic paraplegia", hits, [1, 2, 3]);

        Assert.Equal("G041", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_NumberTheFirstTitleHolds_LeftAlone()
    {
        var hits = new List<SearchHit> { Hit("E119", "Type 2 diabetes mellitus without complications", 9f), Hit("E139", "Other specified diabetes mellitus without complications, hereditary", 8f) };

        InheritedForm.Promote("type 2 diabetes", hits, [1, 2]);

        Assert.Equal("E119", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_InheritedTitleHoldingFewerDiseaseWords_LeftAlone()
    {
        var hits = new List<SearchHit> { Hit("D841", "Defects in the complement system", 9f), Hit("D67", "Hereditary factor IX deficiency", 8f) };

        InheritedForm.Promote("complement component 4b deficiency", hits, [1, 2]);

        Assert.Equal("D841", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_ContextTitle_NeverMovedUp()
    {
        var hits = new List<SearchHit> { Hit("C61", "Malignant neoplasm of prostate", 9f), Hit("Z1503", "Genetic susceptibility to malignant neoplasm of prostate", 8f) };

        InheritedForm.Promote("hereditary prostate cancer", hits, [1, 2]);

        Assert.Equal("C61", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_CodeMatch_NeverMoved()
    {
        var hits = new List<SearchHit> { Hit("G041", "Tropical spastic paraplegia", 1000f, MatchKind.ExactCode), Hit("G114", "Hereditary spastic paraplegia", 8f) };

        InheritedForm.Promote("g04.1 2", hits, [1, 2]);

        Assert.Equal("G041", hits[0].Code.Code);
    }
}
