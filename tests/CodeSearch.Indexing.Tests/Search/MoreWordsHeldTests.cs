using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A code further down whose title holds more of the typed words than any of the first five takes the fifth place.</summary>
public class MoreWordsHeldTests
{
    private static SearchHit Hit(string code, string description, float score, MatchKind kind = MatchKind.Text) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    }, score, kind);

    private static readonly string[] Sites = ["hip", "arm", "leg", "knee", "hand", "foot", "elbow", "wrist", "thigh", "forearm", "shoulder"];

    // `pain in right testicle`: the titles tied on *pain* and *right* fill the first places; N50.811 comes 12th.
    private static List<SearchHit> TiedPage(string last) =>
    [
        .. Sites.Select((s, i) => Hit($"M{i:00}", $"Pain in right {s}", 12f)),
        Hit("N50811", last, 11f),
        Hit("Q539", "Undescended testicle, unspecified", 10f),
    ];

    [Fact]
    public void Promote_TitleHoldingMoreWordsBelowTheFirstFive_TakesTheFifthPlaceScoresKept()
    {
        var hits = TiedPage("Right testicular pain");
        var docs = Enumerable.Range(1, hits.Count).ToList();
        var scores = hits.Select(h => h.Score).ToList();

        MoreWordsHeld.Promote("pain in right testicle", hits, docs);

        Assert.Equal(["M00", "M01", "M02", "M03", "N50811", "M04"], hits.Take(6).Select(h => h.Code.Code));
        Assert.Equal(12, docs[4]);
        Assert.Equal(scores, hits.Select(h => h.Score));
    }

    [Fact]
    public void Promote_NoTitleHoldsMoreWords_OrderKept()
    {
        var hits = TiedPage("Orchitis");
        var before = hits.Select(h => h.Code.Code).ToList();

        MoreWordsHeld.Promote("pain in right testicle", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Promote_AFirstTitleHoldsEveryWord_OrderKept()
    {
        var hits = TiedPage("Right testicular pain");
        hits[2] = Hit("N50811", "Pain in right testicle", 12f);
        var before = hits.Select(h => h.Code.Code).ToList();

        MoreWordsHeld.Promote("pain in right testicle", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Promote_OneWordQuery_OrderKept()
    {
        var hits = TiedPage("Testicle pain");
        var before = hits.Select(h => h.Code.Code).ToList();

        MoreWordsHeld.Promote("testicle", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }

    [Fact]
    public void Promote_CodeMatchAmongTheFirstFive_NothingMoves()
    {
        var hits = TiedPage("Right testicular pain");
        hits[0] = Hit("M00", "Pain in right hip", 1000f, MatchKind.ExactCode);
        var before = hits.Select(h => h.Code.Code).ToList();

        MoreWordsHeld.Promote("pain in right testicle", hits, Enumerable.Range(1, hits.Count).ToList());

        Assert.Equal(before, hits.Select(h => h.Code.Code));
    }
}
