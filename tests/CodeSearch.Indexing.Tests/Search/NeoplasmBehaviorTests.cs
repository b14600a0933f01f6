using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A neoplasm named by its site and "tumor" or "neoplasm" alone lists the malignant code before the benign one.</summary>
public class NeoplasmBehaviorTests
{
    private static SearchHit Hit(string code, string description, float score) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = CodeKind.Code, Billable = true,
        ReleaseId = "FY2026",
    }, score, MatchKind.Text);

    private static List<SearchHit> Mediastinum() =>
    [
        Hit("D152", "Benign neoplasm of mediastinum", 9f),
        Hit("C383", "Malignant neoplasm of mediastinum, part unspecified", 8f),
        Hit("C381", "Malignant neoplasm of anterior mediastinum", 7f),
    ];

    [Theory]
    [InlineData("neoplasm of mediastinum")]
    [InlineData("tumour of mediastinum")]
    [InlineData("mediastinal tumors")]
    public void MalignantFirst_SiteAndTumorOrNeoplasm_MalignantBeforeBenignWhateverTheScores(string query)
    {
        var hits = Mediastinum();
        var docs = new List<int> { 1, 2, 3 };

        NeoplasmBehavior.MalignantFirst(query, hits, docs);

        Assert.Equal(["C383", "D152", "C381"], hits.Select(h => h.Code.Code));
        Assert.Equal([2, 1, 3], docs);
        Assert.Equal([9f, 8f, 7f], hits.Select(h => h.Score));
    }

    [Theory]
    [InlineData("benign tumor of mediastinum")]
    [InlineData("mediastinum")]
    public void MalignantFirst_BenignOrNoNeoplasmWord_LeftAlone(string query)
    {
        var hits = Mediastinum();

        NeoplasmBehavior.MalignantFirst(query, hits, [1, 2, 3]);

        Assert.Equal("D152", hits[0].Code.Code);
    }
}
