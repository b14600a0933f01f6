using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The other readings of an ambiguous term searched alone each take a place among the first results.</summary>
public class OtherReadingsTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    private SearchScope Scope(CodeSystemId system) =>
        new(fixture.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList(), false, new DateOnly(2026, 2, 1));

    private static SearchHit Hit(string code, float score) => new(new MedicalCode
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = code, Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    }, score, MatchKind.Text);

    [Fact]
    public void Of_AmbiguousTermAlone_TheReadingsNotSearched()
    {
        Assert.Equal(["mitral stenosis", "mental status"], OtherReadings.Of(ClinicalVocabulary.Default, "ms", "multiple sclerosis", Scope(CodeSystemId.Icd10Cm)));
    }

    [Fact]
    public void Of_TermKeptAsWritten_ItsClinicalReading()
    {
        Assert.Equal(["mitral insufficiency"], OtherReadings.Of(ClinicalVocabulary.Default, "mr", "mr", Scope(CodeSystemId.Icd10Cm)));
    }

    [Fact]
    public void Of_TermWithOtherWordsOrNoDiagnosisSystem_None()
    {
        Assert.Empty(OtherReadings.Of(ClinicalVocabulary.Default, "ms relapse", "multiple sclerosis relapse", Scope(CodeSystemId.Icd10Cm)));
        Assert.Empty(OtherReadings.Of(ClinicalVocabulary.Default, "ms", "multiple sclerosis", Scope(CodeSystemId.Hcpcs)));
    }

    [Fact]
    public void Place_EachReadingsFirstCodeFromTheThirdPlaceScoresKept()
    {
        var hits = new List<SearchHit> { Hit("G35D", 9f), Hit("G35A", 8f), Hit("G35B1", 7f), Hit("G35B2", 6f), Hit("I050", 5f) };
        var docs = new List<int> { 1, 2, 3, 4, 5 };
        var found = new Dictionary<string, (SearchHit, int)> { ["mitral stenosis"] = (hits[4], 5), ["mental status"] = (Hit("R4182", 20f), 6) };

        OtherReadings.Place(["mitral stenosis", "mental status"], hits, docs, r => [found[r]]);

        Assert.Equal(["G35D", "G35A", "I050", "R4182", "G35B1", "G35B2"], hits.Select(h => h.Code.Code));
        Assert.Equal([1, 2, 5, 6, 3, 4], docs);
        Assert.Equal([9f, 8f, 7f, 6f, 5f, 5f], hits.Select(h => h.Score));
    }
}
