using CodeSearch.Core.Reference;
using static CodeSearch.Core.Tests.Support.Codes;
using static CodeSearch.Core.Tests.Support.Tabular;

namespace CodeSearch.Core.Tests.Reference;

/// <summary>
/// Which FY2023 tabular notes apply to a FY2026 code: own, then ancestors nearest first, then section and chapter,
/// carried forward only from nodes whose code and title are unchanged (docs/reference.md).
/// </summary>
public class ReferenceLookupNotesTests
{
    private static readonly ReferenceLookup Lookup = new(Data(
    [
        Chapter("4", "Endocrine, nutritional and metabolic diseases (E00-E89)", Note(NoteKind.Note, "chapter 4 note")),
        Section("E08-E13", "4", "Diabetes mellitus (E08-E13)", Note(NoteKind.Note, "section E08-E13 note")),
        Diag("E11", "E08-E13", "Type 2 diabetes mellitus", Note(NoteKind.Excludes1, "type 1 diabetes mellitus (E10.-)", Prefix("E10"))),
        Diag("E116", "E11", "Type 2 diabetes mellitus with other specified complications", Note(NoteKind.Note, "E11.6 note")),
        Diag("E1164", "E116", "Type 2 diabetes mellitus with hypoglycemia", Note(NoteKind.Excludes2, "E11.64 note")),
        Diag("E11641", "E1164", "Type 2 diabetes mellitus with hypoglycemia with coma", Note(NoteKind.CodeAlso, "E11.641 own note")),
        Diag("E1165", "E116", "Type 2 diabetes mellitus with hyperglycaemia", Note(NoteKind.Note, "E11.65 own note")),
        Diag("E119", "E11", "Type 2 diabetes mellitus without complications", Note(NoteKind.InclusionTerm, "Type 2 diabetes mellitus NOS")),
        Chapter("9", "Diseases of the circulatory system (I00-I99)", Note(NoteKind.Note, "chapter 9 note")),
        Section("I20-I25", "9", "Ischemic heart diseases (I20-I25)", Note(NoteKind.Note, "section I20-I25 note")),
        Diag("I21", "I20-I25", "Acute myocardial infarction", Note(NoteKind.CodeAlso, "any complications (I23.-)", Prefix("I23"))),
    ]));

    private static readonly MedicalCode E11 = Icd("E11", "Type 2 diabetes mellitus", false, null);
    // Case and spacing differ from FY2023: still the same title.
    private static readonly MedicalCode E116 = Icd("E116", "Type 2  diabetes MELLITUS with other specified complications", false, "E11");
    private static readonly MedicalCode E1164 = Icd("E1164", "Type 2 diabetes mellitus with hypoglycemia", false, "E116");
    private static readonly MedicalCode E11641 = Icd("E11641", "Type 2 diabetes mellitus with hypoglycemia with coma", true, "E1164");
    private static readonly MedicalCode E1165 = Icd("E1165", "Type 2 diabetes mellitus with hyperglycemia", true, "E116");
    private static readonly MedicalCode E119 = Icd("E119", "Type 2 diabetes mellitus without complications", true, "E11");
    private static readonly MedicalCode E11A = Icd("E11A", "Type 2 diabetes mellitus without complications in remission", true, "E11");
    private static readonly MedicalCode I21 = Icd("I21", "ST elevation (STEMI) and non-ST elevation (NSTEMI) myocardial infarction", false, null);
    private static readonly MedicalCode I21A = Icd("I21A", "Other type of myocardial infarction", false, "I21");
    private static readonly MedicalCode I21A1 = Icd("I21A1", "Myocardial infarction type 2", true, "I21A");

    private static readonly Func<string, MedicalCode?> Find = Finder(E11, E116, E1164, E11641, E1165, E119, E11A, I21, I21A, I21A1);

    private static IReadOnlyList<string> Texts(IEnumerable<AppliedNote> notes) => notes.Select(n => n.Note.Text).ToList();

    [Fact]
    public void NotesFor_UnchangedChain_OwnThenAncestorsNearestFirstThenSectionThenChapter()
    {
        var notes = Lookup.NotesFor(E11641, Find);

        Assert.Equal(
        [
            (TabularLevel.Code, "E11641", false, "E11.641 own note"),
            (TabularLevel.Code, "E1164", true, "E11.64 note"),
            (TabularLevel.Code, "E116", true, "E11.6 note"),
            (TabularLevel.Code, "E11", true, "type 1 diabetes mellitus (E10.-)"),
            (TabularLevel.Section, "E08-E13", true, "section E08-E13 note"),
            (TabularLevel.Chapter, "4", true, "chapter 4 note"),
        ], notes.Select(n => (n.SourceLevel, n.SourceId, n.Inherited, n.Note.Text)));
        Assert.All(notes, n => Assert.Equal("FY2023", n.FromRelease));
    }

    [Fact]
    public void NotesFor_InheritedNote_LabelledWithWhereItIsPrinted()
    {
        var notes = Lookup.NotesFor(E119, Find);

        var excludes = Assert.Single(notes, n => n.Note.Kind == NoteKind.Excludes1);
        Assert.Equal((TabularLevel.Code, "E11", "Type 2 diabetes mellitus", true, "FY2023"),
            (excludes.SourceLevel, excludes.SourceId, excludes.SourceDescription, excludes.Inherited, excludes.FromRelease));
        Assert.Equal([Prefix("E10")], excludes.Note.References);
        var section = Assert.Single(notes, n => n.SourceLevel == TabularLevel.Section);
        Assert.Equal("Diabetes mellitus (E08-E13)", section.SourceDescription);
        var own = Assert.Single(notes, n => !n.Inherited);
        Assert.Equal((NoteKind.InclusionTerm, "Type 2 diabetes mellitus NOS"), (own.Note.Kind, own.Note.Text));
    }

    [Fact]
    public void NotesFor_TitleChanged_NoOwnNotesButUnchangedAncestorsAndSectionAndChapter()
    {
        var notes = Lookup.NotesFor(E1165, Find);

        Assert.Equal(["E11.6 note", "type 1 diabetes mellitus (E10.-)", "section E08-E13 note", "chapter 4 note"], Texts(notes));
        Assert.All(notes, n => Assert.True(n.Inherited));
    }

    [Fact]
    public void NotesFor_AncestorTitleChanged_ThatAncestorSkippedOthersKept()
    {
        var revised = E1164 with { Description = "Type 2 diabetes mellitus with hypoglycemia, revised" };
        var find = Finder(E11, E116, revised, E11641);

        var notes = Lookup.NotesFor(E11641, find);

        Assert.Equal(["E11.641 own note", "E11.6 note", "type 1 diabetes mellitus (E10.-)", "section E08-E13 note", "chapter 4 note"], Texts(notes));
    }

    [Fact]
    public void NotesFor_NewCodeUnderUnchangedCategory_CategorySectionAndChapterNotes()
    {
        var notes = Lookup.NotesFor(E11A, Find);

        Assert.Equal(
        [
            (TabularLevel.Code, "E11"),
            (TabularLevel.Section, "E08-E13"),
            (TabularLevel.Chapter, "4"),
        ], notes.Select(n => (n.SourceLevel, n.SourceId)));
        Assert.All(notes, n => Assert.True(n.Inherited));
    }

    [Fact]
    public void NotesFor_NewCodeWhoseAncestorsAreNewOrChanged_None()
    {
        Assert.Empty(Lookup.NotesFor(I21A1, Find));
        Assert.Empty(Lookup.NotesFor(I21, Find));
    }

    [Fact]
    public void NotesFor_CodeAbsentFromTheOldTabularWithoutParent_None()
    {
        var u071 = Icd("U071", "COVID-19", true, null);

        Assert.Empty(Lookup.NotesFor(u071, Finder(u071)));
    }

    [Fact]
    public void NotesFor_NotIcd10Cm_None()
    {
        var hcpcs = Hcpcs("E1165", "Some HCPCS code sharing an ICD-10-CM spelling");

        Assert.Empty(Lookup.NotesFor(hcpcs, Find));
    }

    [Fact]
    public void NotesFor_NoTabularList_None()
    {
        var lookup = new ReferenceLookup(ReferenceData.Empty("FY2026"));

        Assert.Empty(lookup.NotesFor(E119, Find));
    }

    [Fact]
    public async Task NotesFor_OneCategorySectionSharingItsId_CompletesWithSectionAndChapterNotes()
    {
        // The real tabular has sections holding one category of the same id (section "E36", diag "E36"); walking up
        // from the category must reach the section and then the chapter, not the category itself again.
        var lookup = new ReferenceLookup(Data(
        [
            Chapter("4", "Endocrine, nutritional and metabolic diseases (E00-E89)", Note(NoteKind.Note, "chapter 4 note")),
            Section("E36", "4", "Intraoperative complications of endocrine system (E36)", Note(NoteKind.Note, "section E36 note")),
            Diag("E36", "E36", "Intraoperative complications of endocrine system", Note(NoteKind.Excludes2, "category E36 note")),
            Diag("E360", "E36", "Intraoperative hemorrhage and hematoma of an endocrine system organ complicating a procedure"),
            Diag("E3601", "E360", "Intraoperative hemorrhage and hematoma of an endocrine system organ complicating an endocrine system procedure", Note(NoteKind.Note, "E36.01 own note")),
        ]));
        var e36 = Icd("E36", "Intraoperative complications of endocrine system", false, null);
        var e360 = Icd("E360", "Intraoperative hemorrhage and hematoma of an endocrine system organ complicating a procedure", false, "E36");
        var e3601 = Icd("E3601", "Intraoperative hemorrhage and hematoma of an endocrine system organ complicating an endocrine system procedure", true, "E360");
        var find = Finder(e36, e360, e3601);

        var walk = Task.Run(() => (Code: lookup.NotesFor(e3601, find), Category: lookup.NotesFor(e36, find)));
        var finished = await Task.WhenAny(walk, Task.Delay(TimeSpan.FromSeconds(5)));

        Assert.True(finished == walk, "NotesFor did not finish within 5 s: the section/category id walk loops");
        var (code, category) = await walk;
        Assert.Equal(
        [
            (TabularLevel.Code, "E3601", "E36.01 own note"),
            (TabularLevel.Code, "E36", "category E36 note"),
            (TabularLevel.Section, "E36", "section E36 note"),
            (TabularLevel.Chapter, "4", "chapter 4 note"),
        ], code.Select(n => (n.SourceLevel, n.SourceId, n.Note.Text)));
        Assert.Equal(["category E36 note", "section E36 note", "chapter 4 note"], Texts(category));
    }
}
