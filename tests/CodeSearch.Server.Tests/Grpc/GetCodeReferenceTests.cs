using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>GetCode's reference material over the sample: FY2023 fixture tabular and index applied to the FY2026 fixture codes.</summary>
[Collection(SampleServerCollection.Name)]
public class GetCodeReferenceTests(SampleServer server)
{
    private Task<Code> Get(string code, CodeSystem system = CodeSystem.Icd10Cm) =>
        server.Client.GetCodeAsync(new GetCodeRequest { System = system, Code = code }).ResponseAsync;

    [Fact]
    public async Task GetCode_E119_Excludes1InheritedFromE11WithTheCodesItNames()
    {
        var code = await Get("E11.9");

        var excludes = code.Notes.Where(n => n.Kind == NoteKind.Excludes1 && n.Source == "E11").ToList();
        Assert.Equal(["diabetes mellitus due to underlying condition (E08.-)", "type 1 diabetes mellitus (E10.-)"], excludes.Select(n => n.Text));
        Assert.Equal(["E08.-", "E10.-"], excludes.SelectMany(n => n.ReferencedCodes));
        Assert.All(excludes, n => Assert.Equal(("code", "Type 2 diabetes mellitus", true, "FY2023"), (n.SourceLevel, n.SourceDescription, n.Inherited, n.FromRelease)));
    }

    [Fact]
    public async Task GetCode_E119_CategoryNotesBeforeChapterNotes()
    {
        var code = await Get("E11.9");

        Assert.Equal(
            ["code:E11", "code:E11", "code:E11", "code:E11", "chapter:4", "chapter:4"],
            code.Notes.Select(n => $"{n.SourceLevel}:{n.Source}"));
        Assert.Contains(code.Notes, n => n.Kind == NoteKind.UseAdditionalCode && n.ReferencedCodes.SequenceEqual(["Z79.4"]));
        Assert.Contains(code.Notes, n => n.Kind == NoteKind.Includes && n.Text == "adult onset diabetes");
        var chapterExcludes = Assert.Single(code.Notes, n => n.SourceLevel == "chapter" && n.Kind == NoteKind.Excludes1);
        Assert.Equal(["P70-P74"], chapterExcludes.ReferencedCodes);
        Assert.Equal("Endocrine, nutritional and metabolic diseases (E00-E89)", chapterExcludes.SourceDescription);
        Assert.DoesNotContain(code.Notes, n => n.Kind == NoteKind.InclusionTerm);
    }

    [Fact]
    public async Task GetCode_E119_OwnInclusionTermsAndIndexEntries()
    {
        var code = await Get("E11.9");

        Assert.Equal(["Type 2 diabetes mellitus NOS"], code.InclusionTerms);
        Assert.Equal(["Diabetes, diabetic", "Diabetes, diabetic › type 2"], code.IndexEntries.Select(e => e.DisplayPath));
        Assert.All(code.IndexEntries, e => Assert.Equal((IndexKind.Diseases, "E11.9", "FY2023"), (e.Index, e.Code, e.FromRelease)));
        Assert.Equal(["(mellitus) (sugar)"], code.IndexEntries[0].Modifiers);
        Assert.Empty(code.SeventhCharacters);
    }

    [Fact]
    public async Task GetCode_CodeNewInFY2026_InheritsItsCategoryNotes()
    {
        var code = await Get("E11.A");

        Assert.NotEmpty(code.Notes);
        Assert.All(code.Notes, n => Assert.True(n.Inherited));
        Assert.Contains(code.Notes, n => n.Kind == NoteKind.Excludes1 && n.Source == "E11");
        Assert.Empty(code.InclusionTerms);
    }

    [Fact]
    public async Task GetCode_TitleChangedSinceFY2023_NoCarriedForwardNotes()
    {
        // I21's FY2026 title ("ST elevation (STEMI) and non-ST elevation (NSTEMI) myocardial infarction") is not FY2023's.
        var code = await Get("I21");

        Assert.Empty(code.Notes);
        Assert.DoesNotContain((await Get("I21.9")).Notes, n => n.Kind == NoteKind.CodeAlso);
    }

    [Fact]
    public async Task GetCode_S72001_SeventhCharacterChoicesWithTheirFullCodes()
    {
        var code = await Get("S72.001");

        Assert.Equal(
        [
            ("A", "initial encounter for closed fracture", "S72.001A"),
            ("D", "subsequent encounter for closed fracture with routine healing", "S72.001D"),
            ("S", "sequela", "S72.001S"),
        ], code.SeventhCharacters.Select(s => (s.Character, s.Description, s.Code)));
        Assert.All(code.SeventhCharacters, s => Assert.Equal(("S72", "FY2023"), (s.Source, s.FromRelease)));
        Assert.Contains(code.Notes, n => n.Kind == NoteKind.SeventhCharacterNote && n.Source == "S72");
        Assert.Contains(code.Notes, n => n.Kind == NoteKind.Excludes1 && n.ReferencedCodes.SequenceEqual(["S78.-"]));
    }

    [Fact]
    public async Task GetCode_FullSevenCharacterCode_SameChoices()
    {
        var code = await Get("S72001A");

        Assert.Equal(["S72.001A", "S72.001D", "S72.001S"], code.SeventhCharacters.Select(s => s.Code));
    }

    [Fact]
    public async Task GetCode_IndexedThroughAnotherEntrysSee_OnlyTheEntriesGivingIt()
    {
        var code = await Get("I21.9");

        var entry = Assert.Single(code.IndexEntries);
        Assert.Equal(["Infarct, infarction", "myocardium, myocardial"], entry.Path);
        Assert.Equal(["(acute)"], entry.Modifiers);
    }

    [Fact]
    public async Task GetCode_NotInTheTabularOrNotIcd10Cm_NoReferenceMaterial()
    {
        foreach (var code in new[] { await Get("Z00.00"), await Get("J0696", CodeSystem.Hcpcs) })
        {
            Assert.Empty(code.Notes);
            Assert.Empty(code.InclusionTerms);
            Assert.Empty(code.SeventhCharacters);
            Assert.Empty(code.IndexEntries);
        }
    }
}
