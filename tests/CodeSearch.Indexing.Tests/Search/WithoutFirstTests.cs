using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Of two codes whose titles differ only in "with" and "without", the "without" code comes first.</summary>
public class WithoutFirstTests
{
    private static SearchHit Hit(string code, string description, float score, CodeSystemId system = CodeSystemId.Icd10Cm) => new(new MedicalCode
    {
        System = system, Code = code, Description = description, Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    }, score, MatchKind.Text);

    private static List<SearchHit> Laceration(CodeSystemId system = CodeSystemId.Icd10Cm) =>
    [
        Hit("S61421A", "Laceration with foreign body of right hand, initial encounter", 9f, system),
        Hit("S65311A", "Laceration of deep palmar arch of right hand, initial encounter", 9f, system),
        Hit("S61411A", "Laceration without foreign body of right hand, initial encounter", 9f, system),
    ];

    [Fact]
    public void Order_QuerySaysNeither_WithoutTwinTakesThePlaceOfItsWithTwinScoresKept()
    {
        var hits = Laceration();
        var docs = new List<int> { 1, 2, 3 };

        WithoutFirst.Order("laceration of right hand", hits, docs);

        Assert.Equal(["S61411A", "S61421A", "S65311A"], hits.Select(h => h.Code.Code));
        Assert.Equal([3, 1, 2], docs);
        Assert.Equal([9f, 9f, 9f], hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData("laceration with foreign body right hand")]
    [InlineData("laceration w foreign body right hand")]
    public void Order_QuerySaysWith_NothingMoves(string query)
    {
        var hits = Laceration();

        WithoutFirst.Order(query, hits, [1, 2, 3]);

        Assert.Equal("S61421A", hits[0].Code.Code);
    }

    [Fact]
    public void Order_CodeMatches_KeepTheCodeOrder()
    {
        var hits = new List<SearchHit>
        {
            Hit("E11641", "Type 2 diabetes mellitus with hypoglycemia with coma", 9f) with { MatchKind = MatchKind.CodePrefix },
            Hit("E11649", "Type 2 diabetes mellitus with hypoglycemia without coma", 9f) with { MatchKind = MatchKind.CodePrefix },
        };

        WithoutFirst.Order("e11", hits, [1, 2]);

        Assert.Equal(["E11641", "E11649"], hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Order_TitlesNotTwins_NothingMoves()
    {
        var hits = new List<SearchHit>
        {
            Hit("O6010X0", "Preterm labor with preterm delivery, unspecified trimester", 9f),
            Hit("O6000", "Preterm labor without delivery, unspecified trimester", 9f),
        };

        WithoutFirst.Order("preterm labor", hits, [1, 2]);

        Assert.Equal("O6010X0", hits[0].Code.Code);
    }

    [Fact]
    public void Order_OtherSystem_NothingMoves()
    {
        var hits = Laceration(CodeSystemId.Icd10Pcs);

        WithoutFirst.Order("laceration of right hand", hits, [1, 2, 3]);

        Assert.Equal("S61421A", hits[0].Code.Code);
    }

    [Fact]
    public void Order_QuerySaysWithButNotTheFinding_WithoutTwinFirst()
    {
        var hits = new List<SearchHit>
        {
            Hit("E10641", "Type 1 diabetes mellitus with hypoglycemia with coma", 9f),
            Hit("E10649", "Type 1 diabetes mellitus with hypoglycemia without coma", 8f),
        };

        WithoutFirst.Order("type 1 diabetes mellitus w hypoglycemia", hits, [1, 2]);

        Assert.Equal(["E10649", "E10641"], hits.Select(h => h.Code.Code));
        Assert.Equal([9f, 8f], hits.Select(h => h.Score));
    }

    [Fact]
    public void Order_QueryNamesTheFinding_WithTwinFirst()
    {
        var hits = new List<SearchHit>
        {
            Hit("I119", "Hypertensive heart disease without heart failure", 9f),
            Hit("I110", "Hypertensive heart disease with heart failure", 8f),
        };

        WithoutFirst.Order("heart failure due to hypertension", hits, [1, 2]);

        Assert.Equal("I110", hits[0].Code.Code);
    }

    [Theory]
    [InlineData("hypertensive heart disease without heart failure")]
    [InlineData("hypertensive heart disease no heart failure")]
    public void Order_QueryNegatesTheFinding_WithoutCodeStays(string query)
    {
        var hits = new List<SearchHit>
        {
            Hit("I119", "Hypertensive heart disease without heart failure", 9f),
            Hit("I110", "Hypertensive heart disease with heart failure", 8f),
        };

        WithoutFirst.Order(query, hits, [1, 2]);

        Assert.Equal("I119", hits[0].Code.Code);
    }

    [Fact]
    public void Order_FindingsHeadOnlyLikeAQueryWord_NothingMoves()
    {
        // *pulmonale* is not *pulmonary*: the query does not name acute cor pulmonale.
        var hits = new List<SearchHit>
        {
            Hit("I2699", "Other pulmonary embolism without acute cor pulmonale", 9f),
            Hit("I2609", "Other pulmonary embolism with acute cor pulmonale", 8f),
        };

        WithoutFirst.Order("pulmonary embolism", hits, [1, 2]);

        Assert.Equal("I2699", hits[0].Code.Code);
    }
}
