using CodeSearch.Core;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Importer.Tests.Loading;

public class ReleaseLoaderTests
{
    private static LoadResult LoadFixtures(LoadOptions? options = null) => new ReleaseLoader().Load(Fixtures.Manifest, Fixtures.Root, options);

    [Fact]
    public void Load_Fixtures_ReadsAllThreeReleasesFromFolders()
    {
        var result = LoadFixtures();

        Assert.Equal([CodeSystemId.Icd10Cm, CodeSystemId.Icd10Pcs, CodeSystemId.Hcpcs], result.Releases.Select(r => r.Release.System));
        Assert.Equal([47, 15, 15], result.Releases.Select(r => r.Codes.Count));
        Assert.Empty(result.Missing);
        Assert.False(result.ChecksumsVerified);
        Assert.Equal(3, result.Unverified.Count);
        Assert.Equal(new DateOnly(2026, 9, 30), result.Releases[0].Release.EndDate);
        Assert.Null(result.Releases[2].Release.EndDate);
    }

    [Fact]
    public void Load_Fixtures_RecordsFolderSources()
    {
        var source = LoadFixtures().Releases[0].Sources.Single();

        Assert.Equal("icd10cm-Code Descriptions-2026", source.FileName);
        Assert.Equal(["icd10cm-order-2026.txt", "icd10cm-order-addenda-2026.txt"], source.Members);
        Assert.Matches("^[0-9a-f]{64}$", source.Sha256);
    }

    [Fact]
    public void Load_FixtureIcd10Cm_HasParentsChangesAndDeletions()
    {
        var cm = LoadFixtures().Releases[0];
        var byCode = cm.Codes.ToDictionary(c => c.Code);

        Assert.Equal("E11", byCode["E119"].ParentCode);
        Assert.Equal("E116", byCode["E1165"].ParentCode);
        Assert.Equal("S72001", byCode["S72001A"].ParentCode);
        Assert.Equal("E11.9", byCode["E119"].DisplayCode);
        Assert.Equal(ReleaseChange.Added, byCode["E11A"].Change);
        Assert.Equal(ReleaseChange.Revised, byCode["D71"].Change);
        Assert.Equal(CodeKind.Header, byCode["D71"].Kind);
        Assert.Equal(ReleaseChange.Revised, byCode["Z0001"].Change);
        Assert.Equal("S301XXA", Assert.Single(cm.Deleted).Code);
    }

    [Fact]
    public void Load_FixturePcs_HasHeaderParentsAndChanges()
    {
        var pcs = LoadFixtures().Releases[1];
        var byCode = pcs.Codes.ToDictionary(c => c.Code);

        Assert.Equal("001", byCode["0016070"].ParentCode);
        Assert.Equal("0DT", byCode["0DTJ0ZZ"].ParentCode);
        Assert.Equal(ReleaseChange.Added, byCode["0FT44ZZ"].Change);
        Assert.Equal(ReleaseChange.Revised, byCode["0DT"].Change);
        Assert.Equal("XXEBXQ6", Assert.Single(pcs.Deleted).Code);
    }

    [Fact]
    public void Load_ReadAddendaOff_HasNoChangesOrDeletions()
    {
        var cm = LoadFixtures(new LoadOptions { ReadAddenda = false }).Releases[0];

        Assert.All(cm.Codes, c => Assert.Equal(ReleaseChange.None, c.Change));
        Assert.Empty(cm.Deleted);
        Assert.Equal(["icd10cm-order-2026.txt"], cm.Sources.Single().Members);
    }

    [Fact]
    public void Load_SomeFilesMissing_ReportsThemAndLogsWarning()
    {
        using var dir = new TempDirectory();
        Fixtures.CopyFolder(Fixtures.HcpcsFolder, dir.Path);
        var logger = new RecordingLogger<ReleaseLoader>();

        var result = new ReleaseLoader(logger).Load(Fixtures.Manifest, dir.Path);

        Assert.Equal(CodeSystemId.Hcpcs, Assert.Single(result.Releases).Release.System);
        Assert.Equal(["icd10cm FY2026", "icd10pcs FY2026"], result.Missing.Select(m => m.Label));
        Assert.Equal(2, logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Id.Id == 101));
    }

    [Fact]
    public void Load_Progress_ReportsEachFileWithCounts()
    {
        var reports = new List<ImportProgress>();

        new ReleaseLoader().Load(Fixtures.Manifest, Fixtures.Root, null, new SyncProgress(reports.Add));

        Assert.Equal(
            ["icd10cm FY2026: 47 entries (27 billable, 1 deleted)", "icd10pcs FY2026: 15 entries (10 billable, 1 deleted)",
             "hcpcs 2026-01: 15 entries (12 billable, 3 modifiers)"],
            reports.Select(r => r.Message));
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
