using CodeSearch.Core;
using CodeSearch.Importer.Archives;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Manifest;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.FullData;

/// <summary>The official order addenda, read straight from the zips, and the change marks they produce.</summary>
[Trait("Category", "FullData")]
public class FullDataAddendaTests(FullDataFixture data) : IClassFixture<FullDataFixture>
{
    private OrderAddenda ReadAddenda(CodeSystemId system)
    {
        var release = data.Manifest.Releases.Single(r => r.System == system);
        using var archive = SourceArchives.TryOpen(TestPaths.SharedCodesets, release.File)!;
        var member = release.File.Member(SourceFormats.AddendaRole)!;
        using var reader = new StreamReader(archive.OpenMember(member));
        return OrderAddendaReader.Read(reader, system, member);
    }

    private int[] ActionCounts(OrderAddenda addenda) =>
        [.. Enum.GetValues<AddendaAction>().Select(a => addenda.With(a).Count())];

    private int[] ChangeCounts(CodeSystemId system) =>
        [.. Enum.GetValues<ReleaseChange>().Select(c => data.Result.Releases.Single(r => r.Release.System == system).Codes.Count(x => x.Change == c))];

    [Fact]
    public void Icd10CmAddenda_LineCounts_AsMeasured()
    {
        var addenda = ReadAddenda(CodeSystemId.Icd10Cm);

        // Add, Delete, Revise from, Revise to
        Assert.Equal([630, 28, 45, 45], ActionCounts(addenda));
        Assert.All(addenda.Entries, e => Assert.NotNull(e.Valid));
    }

    [Fact]
    public void Icd10PcsAddenda_LineCounts_AsMeasured()
    {
        var addenda = ReadAddenda(CodeSystemId.Icd10Pcs);

        Assert.Equal([160, 27, 1, 1], ActionCounts(addenda));
        Assert.All(addenda.Entries, e => Assert.Null(e.Valid));
    }

    [Fact]
    public void ChangeMarks_PerSystem_AsMeasured()
    {
        // None, Added, Revised. ICD-10-CM: 630 added minus 16 codes deleted and re-added with a new
        // valid flag (status changes, counted as revisions) = 614; 45 title revisions + 16 = 61.
        Assert.Equal([97_511, 614, 61], ChangeCounts(CodeSystemId.Icd10Cm));
        Assert.Equal([79_868, 160, 1], ChangeCounts(CodeSystemId.Icd10Pcs));
    }
}
