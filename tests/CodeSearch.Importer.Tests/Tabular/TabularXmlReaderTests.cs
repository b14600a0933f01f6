using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.Tests.Tabular;

public class TabularXmlReaderTests
{
    private static readonly Lazy<TabularList> Fixture = new(() =>
    {
        using var stream = XmlSource.Open(XmlInput.Fixture("2023", XmlInput.TabularFile));
        return TabularXmlReader.Read(stream, "FY2023", XmlInput.TabularFile);
    });

    private static TabularNode Node(string id, TabularLevel level = TabularLevel.Code) =>
        Fixture.Value.Nodes.Single(n => n.Id == id && n.Level == level);

    [Fact]
    public void Read_Fixture_CountsChaptersSectionsAndDiags()
    {
        var nodes = Fixture.Value.Nodes;

        Assert.Equal("FY2023", Fixture.Value.ReleaseId);
        Assert.Equal(6, nodes.Count(n => n.Level == TabularLevel.Chapter));
        Assert.Equal(9, nodes.Count(n => n.Level == TabularLevel.Section));
        Assert.Equal(30, nodes.Count(n => n.Level == TabularLevel.Code));
    }

    [Fact]
    public void Read_Fixture_KeepsDocumentOrder()
    {
        Assert.Equal(["4", "E08-E13", "E08", "E089", "E10"], Fixture.Value.Nodes.Take(5).Select(n => n.Id));
    }

    [Fact]
    public void Read_Chapter_HasNameAsIdNotesAndNoParent()
    {
        var chapter = Node("4", TabularLevel.Chapter);

        Assert.Null(chapter.ParentId);
        Assert.Equal("Endocrine, nutritional and metabolic diseases (E00-E89)", chapter.Description);
        Assert.Equal([NoteKind.Note, NoteKind.Excludes1], chapter.Notes.Select(n => n.Kind));
    }

    [Fact]
    public void Read_NoteText_IsTrimmedAndCollapsed()
    {
        var note = Node("4", TabularLevel.Chapter).Notes[0];

        Assert.Equal("Fixture chapter note: some codes here (E05.8, E16-E31, E34.-) may be used as additional codes.", note.Text);
        Assert.Equal([new("E058", "E058", false), new("E16", "E31", true), new("E34", "E34", true)], note.References);
    }

    [Fact]
    public void Read_Section_HasIdAttributeAndChapterParent()
    {
        var section = Node("E08-E13", TabularLevel.Section);

        Assert.Equal("4", section.ParentId);
        Assert.Equal("Diabetes mellitus (E08-E13)", section.Description);
    }

    [Fact]
    public void Read_SectionIndex_IsSkipped()
    {
        Assert.DoesNotContain(Fixture.Value.Nodes, n => n.Description == "Diabetes mellitus");
    }

    [Fact]
    public void Read_SectionNotes_AreKept()
    {
        Assert.Equal(NoteKind.UseAdditionalCode, Node("I10-I1A", TabularLevel.Section).Notes.Single().Kind);
    }

    [Fact]
    public void Read_Diag_IdIsUndottedAndParentIsSectionOrDiag()
    {
        Assert.Equal("E08-E13", Node("E11").ParentId);
        Assert.Equal("E11", Node("E119").ParentId);
        Assert.Equal("S7200", Node("S72001").ParentId);
        Assert.Equal("T391X", Node("T391X1").ParentId);
    }

    [Fact]
    public void Read_E11_HasIncludesExcludes1AndUseAdditionalCode()
    {
        var notes = Node("E11").Notes;

        Assert.Equal([NoteKind.Includes, NoteKind.Excludes1, NoteKind.Excludes1, NoteKind.UseAdditionalCode], notes.Select(n => n.Kind));
        var excludesE08 = notes.Single(n => n.Kind == NoteKind.Excludes1 && n.Text.Contains("underlying", StringComparison.Ordinal));
        Assert.Equal("diabetes mellitus due to underlying condition (E08.-)", excludesE08.Text);
        Assert.Contains(excludesE08.References, r => r.Covers("E0800"));
        Assert.Equal([new CodeReference("Z794", "Z794", false)], notes[^1].References);
    }

    [Fact]
    public void Read_InclusionTerm_IsOneNotePerNoteElement()
    {
        var note = Node("E119").Notes.Single();

        Assert.Equal((NoteKind.InclusionTerm, "Type 2 diabetes mellitus NOS"), (note.Kind, note.Text));
        Assert.Empty(note.References);
    }

    [Fact]
    public void Read_CodeFirstCodeAlsoExcludes2_AreReadWithKinds()
    {
        Assert.Equal(NoteKind.CodeFirst, Node("E08").Notes.Single().Kind);
        Assert.Equal(NoteKind.CodeAlso, Node("I21").Notes.Single().Kind);
        Assert.Equal(NoteKind.Excludes2, Node("R07").Notes.Single().Kind);
    }

    [Fact]
    public void Read_SevenChrDefAndNote_AreOnTheDefiningDiagOnly()
    {
        var s72 = Node("S72");

        Assert.Equal([new('A', "initial encounter for closed fracture"), new('D', "subsequent encounter for closed fracture with routine healing"), new('S', "sequela")],
            s72.SevenCharacters);
        Assert.Contains(s72.Notes, n => n.Kind == NoteKind.SevenCharacterNote);
        Assert.Empty(Node("S72001").SevenCharacters);
    }

    [Fact]
    public void Read_GzippedStream_GivesSameNodes()
    {
        var xml = File.ReadAllText(XmlInput.Fixture("2023", XmlInput.TabularFile));
        using var gzip = new System.IO.Compression.GZipStream(XmlInput.Gzipped(xml), System.IO.Compression.CompressionMode.Decompress);

        static string Shape(TabularNode n) => $"{n.Level} {n.Id} {n.ParentId} {n.Description} {string.Join("|", n.Notes.Select(x => x.Text))} {n.SevenCharacters.Count}";

        Assert.Equal(Fixture.Value.Nodes.Select(Shape), TabularXmlReader.Read(gzip, "FY2023", "t.xml.gz").Nodes.Select(Shape));
    }
}
