using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A reportable code titled exactly as the query comes before the Alphabetic Index default.</summary>
public class ExactTitleTests
{
    private static SearchHit Hit(string code, string description, float score, bool billable = true) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = CodeKind.Code, Billable = billable,
        ReleaseId = "FY2026",
    }, score, MatchKind.Text);

    [Fact]
    public void Promote_ExactTitleAfterTheDefault_MovedFirstAboveIt()
    {
        var hits = new List<SearchHit> { Hit("E7529", "Other sphingolipidosis", 9f), Hit("E7528", "Canavan disease", 8f), Hit("E7523", "Krabbe disease", 7f) };
        var docs = new List<int> { 10, 11, 12 };

        ExactTitle.Promote("canavan disease", hits, docs, defaults: 1, margin: 1f);

        Assert.Equal(["E7528", "E7529", "E7523"], hits.Select(h => h.Code.Code));
        Assert.Equal([11, 10, 12], docs);
        Assert.Equal(10f, hits[0].Score);
    }

    [Theory]
    [InlineData("gout", "M109", "Gout, unspecified", true, true)]        // "unspecified" aside
    [InlineData("migraine", "G43", "Migraine", false, false)]            // a header is not reported: the default stays
    [InlineData("canavan disease", "E7528", "Canavan disease of childhood", true, false)]
    public void Promote_OnlyAReportableCodeWithTheSameWords(string query, string code, string description, bool billable, bool promoted)
    {
        var hits = new List<SearchHit> { Hit("X", "Some default", 9f), Hit(code, description, 8f, billable) };
        var docs = new List<int> { 1, 2 };

        ExactTitle.Promote(query, hits, docs, defaults: 1, margin: 1f);

        Assert.Equal(promoted ? code : "X", hits[0].Code.Code);
    }

    [Fact]
    public void Promote_NoDefault_OrderUnchanged()
    {
        var hits = new List<SearchHit> { Hit("M1A9", "Chronic gout, unspecified", 9f), Hit("M109", "Gout, unspecified", 8f) };
        var docs = new List<int> { 1, 2 };

        ExactTitle.Promote("gout", hits, docs, defaults: 0, margin: 1f);

        Assert.Equal("M1A9", hits[0].Code.Code);
    }

    [Fact]
    public void BreakTie_TiedWithTheFirst_TheExactTitleBracketsAsideComesFirst()
    {
        var hits = new List<SearchHit>
        {
            Hit("P60", "Disseminated intravascular coagulation of newborn", 9f),
            Hit("D65", "Disseminated intravascular coagulation [defibrination syndrome]", 9f),
            Hit("O4602", "Antepartum hemorrhage with disseminated intravascular coagulation", 8f, billable: false),
        };
        var docs = new List<int> { 1, 2, 3 };

        ExactTitle.BreakTie("disseminated intravascular coagulation", hits, docs);

        Assert.Equal(["D65", "P60", "O4602"], hits.Select(h => h.Code.Code));
        Assert.Equal([2, 1, 3], docs);
    }

    [Fact]
    public void BreakTie_ExactTitleScoredLower_OrderKept()
    {
        var hits = new List<SearchHit>
        {
            Hit("P60", "Disseminated intravascular coagulation of newborn", 9f),
            Hit("D65", "Disseminated intravascular coagulation [defibrination syndrome]", 8.5f),
        };
        var docs = new List<int> { 1, 2 };

        ExactTitle.BreakTie("disseminated intravascular coagulation", hits, docs);

        Assert.Equal(["P60", "D65"], hits.Select(h => h.Code.Code));
    }
}
