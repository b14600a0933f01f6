using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A search in one procedure or supply system reads the words of that system only (docs/search.md, 2a′).</summary>
public class SystemHeldWordsTests(QualityFixtureIndex fixture) : IClassFixture<QualityFixtureIndex>
{
    [Theory]
    [InlineData("resection appendix karyotype ")]
    [InlineData("resection appendix karyotype")]
    public void Search_WordNoCodeOfTheSystemHolds_ReadAsNothing(string query)
    {
        // "karyotype" is a word of an ICD-10-CM title only: required, it left the PCS search empty.
        var page = fixture.Index.Search(Scope(CodeSystemId.Icd10Pcs), query, 0, 10);

        Assert.StartsWith("0DTJ", page.Hits[0].Code.Code);
        Assert.Equal("resection appendix", page.UnderstoodAs);
    }

    [Fact]
    public void Drop_WordStartingAWordOfTheSystem_Kept()
    {
        var held = new SystemHeldWords(fixture.Index.Reader);

        Assert.Equal("resection append", held.Drop(CodeSystemId.Icd10Pcs, "resection append"));
        Assert.Equal("resection appendix ", held.Drop(CodeSystemId.Icd10Pcs, "resection karyotype appendix "));
        // Nothing the system holds: the query is searched as written.
        Assert.Equal("karyotype pigmentary ", held.Drop(CodeSystemId.Icd10Pcs, "karyotype pigmentary "));
        // ICD-10-CM leaves its unmatched words to spelling correction.
        Assert.Equal("karyotype resection ", held.Drop(CodeSystemId.Icd10Cm, "karyotype resection "));
    }

    [Fact]
    public void Read_ProcedureNameInHcpcs_NotReadInThePcsTablesWords()
    {
        var readings = new QueryReadings(fixture.Index.Reader, ClinicalVocabulary.Default);

        Assert.DoesNotContain("resection", readings.Read("mastectomy bra ", Scope(CodeSystemId.Hcpcs)).Understood.Text);
        Assert.Contains("resection", readings.Read("mastectomy ", Scope(CodeSystemId.Icd10Pcs)).Understood.Text);
    }

    private SearchScope Scope(CodeSystemId system) => new(
        [.. fixture.Index.Releases.Select(r => r.Release).Where(r => r.System == system)], false, new DateOnly(2026, 2, 1));
}
