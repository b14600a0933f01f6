using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;
using CodeSearch.Importer.Reference;
using CodeSearch.Tests;
using Xunit.Abstractions;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>The official FY2023 Tabular List and index, and the April 2026 tables, applied to the FY2026 index.</summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataReferenceTests(FullDataIndex data, ITestOutputHelper output)
{
    private IReadOnlyList<SearchHit> Search(string text, int limit = 20) => data.Index.Search(
        new SearchScope(data.Index.Releases.Select(r => r.Release).ToList(), BillableOnly: false, new DateOnly(2026, 2, 1)), text, 0, limit).Hits;

    private MedicalCode Code(string code) => data.Index.Find(CodeSystemId.Icd10Cm, "FY2026", code)!;

    private MedicalCode? Find(string code) => data.Index.Find(CodeSystemId.Icd10Cm, "FY2026", code);

    [Fact]
    public void Build_Mirror_EveryReferenceFileAppliedToFY2026WithTheManifestChecksum()
    {
        var manifest = ReferenceSource.ReadManifest(TestPaths.Manifest);

        foreach (var source in data.Index.ReferenceSources) output.WriteLine($"{source.Kind} {source.ReleaseId}: {source.EntryCount} entries");
        Assert.Equal(manifest.Select(m => (m.Kind, m.ReleaseId, m.Sha256)), data.Index.ReferenceSources.Select(s => (s.Kind, s.ReleaseId, (string?)s.File.Sha256)));
        Assert.All(data.Index.ReferenceSources, s => Assert.Equal("FY2026", s.AppliedTo));
        Assert.All(data.Index.ReferenceSources, s => Assert.True(s.EntryCount > 0));
    }

    [Fact]
    public void Search_InfarctHeart_I219FirstThroughAnIndexTerm()
    {
        // "heart" (or its form "cardiac") stands in I21.9's index terms Infarct › heart and › cardiac, not in its title. ("attack heart", the words of
        // Attack › heart, is now read as the lay term heart attack in another order, which names the title's words.)
        var hits = Search("infarct heart", 5);

        output.WriteLine(string.Join("\n", hits.Select(h => $"{h.Code.DisplayCode} {h.Code.Description} [{h.MatchedSynonym}]")));
        Assert.Equal("I21.9", hits[0].Code.DisplayCode);
        // The term named is the one holding the words: "heart" or its form "cardiac" (Infarct › cardiac, see myocardium).
        Assert.StartsWith("Infarct, infarction ", hits[0].MatchedSynonym);
    }

    [Fact]
    public void SearchEntries_SecondaryLiverNeoplasm_LiverInTheMalignantSecondaryColumn()
    {
        var first = data.Index.SearchEntries("secondary liver neoplasm", null, 10)[0];

        Assert.Equal(AlphabeticIndexKind.Neoplasms, first.Entry.Index);
        Assert.Equal("liver", first.Entry.Path[^1]);
        Assert.Equal(["Malignant Secondary"], first.Columns);
        Assert.Equal("C78.7", first.Entry.Cells.Single(c => c.Column == "Malignant Secondary").Code);
    }

    [Fact]
    public void SearchEntries_HypertensiveHeartDiseaseWithHeartFailure_I110()
    {
        var first = data.Index.SearchEntries("hypertensive heart disease with heart failure", null, 10)[0];

        Assert.Equal(AlphabeticIndexKind.Diseases, first.Entry.Index);
        Assert.Equal("I11.0", first.Entry.Code);
    }

    [Fact]
    public void SearchEntries_AcetaminophenPoisoningAccidental_T391X1WithSeventhCharacters()
    {
        var first = data.Index.SearchEntries("acetaminophen poisoning accidental", AlphabeticIndexKind.Drugs, 10)[0];
        var cell = first.Entry.Cells.Single(c => first.Columns.Contains(c.Column));

        Assert.Equal("T39.1X1", cell.Code);
        var options = data.Index.Reference.SevenCharactersFor(Code("T391X1"), Find);
        Assert.Equal(["A", "D", "S"], options.Select(o => o.Character.ToString()));
        Assert.Equal(["T391X1A", "T391X1D", "T391X1S"], options.Select(o => o.Code));
    }

    [Fact]
    public void Reference_E119_Excludes1OfE11CarriedForwardFromFY2023()
    {
        var notes = data.Index.Reference.NotesFor(Code("E119"), Find);

        var excludes = Assert.Single(notes, n => n.Note.Kind == NoteKind.Excludes1 && n.SourceId == "E11" && n.Note.References.Any(r => r.Covers("E089")));
        Assert.True(excludes.Inherited);
        Assert.Equal("FY2023", excludes.FromRelease);
    }
}
