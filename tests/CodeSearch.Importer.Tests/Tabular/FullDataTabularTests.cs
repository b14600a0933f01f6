using System.IO.Compression;
using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Tabular;
using CodeSearch.Tests;
using Xunit.Abstractions;

namespace CodeSearch.Importer.Tests.Tabular;

/// <summary>The FY2023 Tabular List XML from the mirror, checked against PROVENANCE.md §4.</summary>
[Trait("Category", "FullData")]
public class FullDataTabularTests(FullDataTabular data, ITestOutputHelper output) : IClassFixture<FullDataTabular>
{
    private TabularNode Code(string id) => data.List.Nodes.Single(n => n.Level == TabularLevel.Code && n.Id == id);

    [Fact]
    public void Read_Fy2023_CountsMatchProvenanceAndFast()
    {
        output.WriteLine($"read {data.ReadTime.TotalMilliseconds:N0} ms, expand {data.ExpandTime.TotalMilliseconds:N0} ms");
        var nodes = data.List.Nodes;

        Assert.Equal(22, nodes.Count(n => n.Level == TabularLevel.Chapter));
        Assert.Equal(296, nodes.Count(n => n.Level == TabularLevel.Section));
        Assert.Equal(45_869, nodes.Count(n => n.Level == TabularLevel.Code));
        Assert.Equal(507, nodes.Count(n => n.SevenCharacters.Count > 0));
        // A guard against pathological parsing, not a benchmark (6.7 s seen with every test project at once on 2 loaded cores).
        Assert.True(data.ReadTime < TimeSpan.FromSeconds(20), $"read took {data.ReadTime}");
    }

    [Fact]
    public void Read_E11_Excludes1CoversE08()
    {
        var note = Code("E11").Notes.Single(n => n.Kind == NoteKind.Excludes1 && n.Text == "diabetes mellitus due to underlying condition (E08.-)");

        Assert.Contains(note.References, r => r.Covers("E0800"));
        Assert.Equal("E08-E13", Code("E11").ParentId);
        Assert.Equal("Type 2 diabetes mellitus without complications", Code("E119").Description);
    }

    [Fact]
    public void Read_EveryNoteReference_IsCodeShaped()
    {
        var notes = data.List.Nodes.SelectMany(n => n.Notes).ToList();
        var withReferences = notes.Count(n => n.References.Count > 0);
        output.WriteLine($"{notes.Count:N0} notes, {withReferences:N0} with references, {notes.Sum(n => n.References.Count):N0} references");

        Assert.All(notes.SelectMany(n => n.References), r =>
        {
            Assert.InRange(r.From.Length, 3, 7);
            Assert.True(char.IsAsciiLetterUpper(r.From[0]) && char.IsAsciiDigit(r.From[1]), r.From);
            Assert.True(string.CompareOrdinal(r.From, r.To) <= 0, $"{r.From}-{r.To}");
        });
        Assert.True(withReferences > 9_000, $"only {withReferences} notes with references");
    }

    [Fact]
    public void Expand_Fy2023_MatchesOrderFileCountOfSevenCharacterCodes()
    {
        var codes = data.SevenCharacterCodes;
        output.WriteLine($"{codes.Count:N0} 7-character codes");

        // PROVENANCE §4: the FY2023 order file has 50,876 codes missing from the tabular, all of them 7 characters long.
        Assert.Equal(50_876, codes.Count);
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        Assert.All(codes, c => Assert.Equal(7, c.Code.Length));
        Assert.Contains(codes, c => c.Code == "S72001A");
        Assert.Contains(codes, c => c.Code == "T391X1A");
        Assert.Contains(codes, c => c.Code == "S3210XA");
        Assert.Contains(codes, c => c.Code == "E083211");
        Assert.DoesNotContain(codes, c => c.Code == "S061X7D");
    }

    [Fact]
    public void Expand_Fy2023_CodesExistInFy2026OrderFileExceptLaterDeletions()
    {
        var zip = Path.Combine(TestPaths.SharedCodesets, "icd10cm", "2026", "icd10cm-Code Descriptions-2026.zip");
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("icd10cm-order-2026.txt")!.Open());
        var fy2026 = OrderFileReader.Read(reader, CodeSystemId.Icd10Cm, "icd10cm-order-2026.txt").Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

        var missing = data.SevenCharacterCodes.Select(c => c.Code).Where(c => !fy2026.Contains(c)).ToList();
        output.WriteLine($"not in FY2026: {string.Join(' ', missing)}");

        // Deleted between FY2024 and FY2026 (S30.1 was expanded, T78.0-/T78.1-/T81.3- revised).
        Assert.All(missing, c => Assert.True(c[..4] is "S301" or "T780" or "T781" or "T813", c));
        Assert.InRange(missing.Count, 0, 20);
    }
}
