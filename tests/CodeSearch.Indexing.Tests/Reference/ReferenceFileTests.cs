using System.Text.Json;
using System.Text.Json.Serialization;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Reference;
using CodeSearch.Indexing.Reference;
using CodeSearch.Indexing.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Indexing.Tests.Reference;

/// <summary>reference.bin: the reference material stored in a generation.</summary>
public class ReferenceFileTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private static ReferenceData FixtureData() => new ReferenceLoader()
        .Load(ReferenceSource.ReadManifest(Path.Combine(TestPaths.Fixtures, "sources.json")), TestPaths.Fixtures, "FY2026", verifyChecksums: false)!.Data;

    // Records holding lists compare by reference: compare their full JSON instead.
    private static string Dump(ReferenceData data) => JsonSerializer.Serialize(data, Json);

    [Fact]
    public void WriteThenRead_Fixtures_SameMaterial()
    {
        using var dir = new TempDirectory();
        var data = FixtureData();

        ReferenceFile.Write(dir.Path, data);
        var read = ReferenceFile.Read(dir.Path);

        Assert.NotNull(read);
        Assert.Equal(Dump(data), Dump(read));
        Assert.Equal("FY2026", read.TargetReleaseId);
        var e11 = read.Tabular!.Nodes.Single(n => n.Level == TabularLevel.Code && n.Id == "E11");
        var excludes = e11.Notes.Where(n => n.Kind == NoteKind.Excludes1).SelectMany(n => n.References);
        Assert.Contains(new CodeReference("E08", "E08", IsPrefix: true), excludes);
        Assert.Equal(['A', 'D', 'S'], read.Tabular.Nodes.Single(n => n.Id == "S72").SevenCharacters.Select(s => s.Character));
    }

    [Fact]
    public void Read_RepeatedStrings_SharedAndListsExactArrays()
    {
        using var dir = new TempDirectory();
        ReferenceFile.Write(dir.Path, FixtureData());

        var read = ReferenceFile.Read(dir.Path)!;

        // Every subterm repeats its main term: one string instance per distinct text keeps the entries the list keeps
        // (those its indexer handed out) small; a scan's entries decode their own (EncodedEntriesTests).
        var kept = Enumerable.Range(0, read.Entries.Count).Select(i => read.Entries[i]).ToList();
        var mainTerms = kept.Where(e => e.Path.Count > 1).GroupBy(e => e.Path[0]).First(g => g.Count() > 1).ToList();
        Assert.All(mainTerms, e => Assert.Same(mainTerms[0].Path[0], e.Path[0]));
        Assert.All(kept.GroupBy(e => e.ReleaseId), g => Assert.All(g, e => Assert.Same(g.First().ReleaseId, e.ReleaseId)));
        Assert.All(read.Entries, e => Assert.IsType<string[]>(e.Path));
        Assert.Same(Array.Empty<TableCell>(), read.Entries.First(e => e.Cells.Count == 0).Cells);
    }

    [Fact]
    public void Read_TabularTitles_ReadFromTheStringTableWhenAsked_NotKept()
    {
        using var dir = new TempDirectory();
        var data = FixtureData();
        ReferenceFile.Write(dir.Path, data);

        var read = ReferenceFile.Read(dir.Path)!;

        var node = read.Tabular!.Nodes.Single(n => n.Level == TabularLevel.Code && n.Id == "E11");
        var written = data.Tabular!.Nodes.Single(n => n.Level == TabularLevel.Code && n.Id == "E11");
        Assert.Equal(written.Description, node.Description);
        // Decoded on each read, not held by the node (nor kept by the string table).
        Assert.NotSame(node.Description, node.Description);
        // A node equals one holding the same title as a string.
        Assert.Equal(node with { Description = written.Description }, node);
        Assert.NotEqual(node with { Description = "Another title" }, node);
        // Notes' texts likewise.
        var note = node.Notes.First();
        Assert.Equal(written.Notes.First().Text, note.Text);
        Assert.NotSame(note.Text, note.Text);
        Assert.Equal(note with { Text = written.Notes.First().Text }, note);
        Assert.NotEqual(note with { Text = "Another note" }, note);
    }

    [Fact]
    public void Read_NoFile_Null()
    {
        using var dir = new TempDirectory();

        Assert.Null(ReferenceFile.Read(dir.Path));
    }

    [Fact]
    public void Read_NotReferenceData_InvalidDataException()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, ReferenceFile.FileName), "{ not reference data }");

        Assert.Throws<InvalidDataException>(() => ReferenceFile.Read(dir.Path));
    }

    [Fact]
    public void Read_OldGzippedJson_InvalidDataExceptionNamingTheFile()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, ReferenceFile.FileName);
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write("{ \"TargetReleaseId\": "u8);
        }

        var ex = Assert.Throws<InvalidDataException>(() => ReferenceFile.Read(dir.Path));

        Assert.Contains(ReferenceFile.FileName, ex.Message);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("one byte flipped")]
    [InlineData("one byte added")]
    public void Read_Damaged_InvalidDataExceptionNamingTheFile(string damage)
    {
        using var dir = new TempDirectory();
        ReferenceFile.Write(dir.Path, FixtureData());
        var path = Path.Combine(dir.Path, ReferenceFile.FileName);
        switch (damage)
        {
            case "truncated": FileDamage.Truncate(path, new FileInfo(path).Length - 1); break;
            case "one byte flipped": FileDamage.FlipMiddleByte(path); break;
            default: File.AppendAllText(path, "x"); break;
        }

        var ex = Assert.Throws<InvalidDataException>(() => ReferenceFile.Read(dir.Path));

        Assert.Contains(ReferenceFile.FileName, ex.Message);
    }

    [Fact]
    public void OpenedGeneration_Reference_AsImported()
    {
        using var fixture = new ReferenceFixtureIndex();

        Assert.Equal(Dump(FixtureData()), Dump(fixture.Index.Reference.Data));
        Assert.True(File.Exists(Path.Combine(fixture.Directory, ReferenceFile.FileName)));
        Assert.Equal(["tabular", "diseases", "neoplasms", "drugs", "external_causes"], fixture.Index.ReferenceSources.Select(s => s.Kind));
    }
}
