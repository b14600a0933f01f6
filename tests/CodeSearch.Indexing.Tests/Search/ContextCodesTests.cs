using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Codes of a condition's context (history, screening, secondary neoplasm) follow the condition unless the query names the context.</summary>
public class ContextCodesTests
{
    private static SearchHit Hit(string code, string description, float score, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = CodeKind.Code, Billable = true,
        ReleaseId = "FY2026",
    }, score, kind);

    private static List<SearchHit> Hits() =>
    [
        Hit("C791", "Secondary malignant neoplasm of bladder and other and unspecified urinary organs", 9f),
        Hit("Z8551", "Personal history of malignant neoplasm of bladder", 8f),
        Hit("C67", "Malignant neoplasm of bladder", 7f),
        Hit("C679", "Malignant neoplasm of bladder, unspecified", 6f),
    ];

    [Fact]
    public void Order_ContextTheQueryDoesNotName_AfterTheConditionScoresKeptByPosition()
    {
        var hits = Hits();
        var docs = new List<int> { 1, 2, 3, 4 };

        ContextCodes.Order("urinary bladder cancer", hits, docs);

        Assert.Equal(["C67", "C679", "C791", "Z8551"], hits.Select(h => h.Code.Code));
        Assert.Equal([3, 4, 1, 2], docs);
        Assert.Equal([9f, 8f, 7f, 6f], hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData("secondary bladder cancer", "C791")]
    [InlineData("metastatic bladder cancer", "C791")]
    // Compared in the stemmed form the query's words have: "metastasis" was missed before.
    [InlineData("bladder metastasis", "C791")]
    [InlineData("bladder metastases", "C791")]
    public void Order_QueryNamesTheContext_StaysFirst(string query, string first)
    {
        var hits = Hits();

        ContextCodes.Order(query, hits, [1, 2, 3, 4]);

        Assert.Equal(first, hits[0].Code.Code);
    }

    [Fact]
    public void Order_OtherEncounters_LeftAlone()
    {
        var hits = new List<SearchHit> { Hit("Z0012", "Encounter for routine child health examination with abnormal findings", 9f), Hit("L983", "Wells syndrome", 8f) };

        ContextCodes.Order("well child check", hits, [1, 2]);

        Assert.Equal("Z0012", hits[0].Code.Code);
    }

    [Fact]
    public void Order_CodeMatch_NeverMoved()
    {
        var hits = new List<SearchHit> { Hit("Z8551", "Personal history of malignant neoplasm of bladder", 1000f, MatchKind.ExactCode), Hit("C67", "Malignant neoplasm of bladder", 7f) };

        ContextCodes.Order("z85.51", hits, [1, 2]);

        Assert.Equal("Z8551", hits[0].Code.Code);
    }
}
