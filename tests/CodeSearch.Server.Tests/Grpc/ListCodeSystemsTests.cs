using CodeSearch.Importer.Manifest;
using ManifestReference = CodeSearch.Importer.Reference.ReferenceSource;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.Grpc;

[Collection(SampleServerCollection.Name)]
public class ListCodeSystemsTests(SampleServer server)
{
    [Fact]
    public async Task ListCodeSystems_Sample_ReleasesWithTheFixtureManifestCounts()
    {
        var manifest = SourceManifest.Load(Path.Combine(TestPaths.Fixtures, "sources.json"));

        var response = await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());

        Assert.True(response.SampleData);
        Assert.NotEmpty(response.IndexGeneration);
        Assert.Equal(manifest.Releases.Select(r => r.ReleaseId), response.Releases.Select(r => r.Release.ReleaseId));
        foreach (var (expected, loaded) in manifest.Releases.Zip(response.Releases))
        {
            var counts = expected.Expected!;
            Assert.Equal(counts.Entries, loaded.CodeCount);
            if (counts.Billable is { } billable) Assert.Equal(billable, loaded.BillableCount);
            if (counts.Modifiers is { } modifiers) Assert.Equal(modifiers, loaded.ModifierCount);
            if (counts.Codes is { } codes) Assert.Equal(codes, loaded.CodeCount - loaded.ModifierCount - loaded.HeaderCount);
            if (counts.NotTerminated is { } live) Assert.Equal(live, loaded.CodeCount - loaded.ModifierCount - loaded.HeaderCount - loaded.TerminatedCount);
            Assert.Equal(expected.EffectiveDate, new DateOnly(loaded.Release.EffectiveDate.Year, loaded.Release.EffectiveDate.Month, loaded.Release.EffectiveDate.Day));
            var source = Assert.Single(loaded.SourceFiles);
            Assert.Equal(Path.GetFileNameWithoutExtension(expected.File.Path), source.FileName); // fixtures are unpacked folders
            Assert.Matches("^[0-9a-f]{64}$", source.Sha256);
            Assert.Equal(expected.File.Members.Values.Order(), source.Members.Order());
        }
    }

    [Fact]
    public async Task ListCodeSystems_Sample_HcpcsTerminatedCountAndOpenEndedRelease()
    {
        var hcpcs = (await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest())).Releases.Single(r => r.Release.System == CodeSystem.Hcpcs);

        Assert.Equal(1, hcpcs.TerminatedCount);
        Assert.Null(hcpcs.Release.EndDate);
        Assert.Equal("HCPCS 2026-01", hcpcs.Release.DisplayName);
    }

    [Fact]
    public async Task ListCodeSystems_Sample_ReferenceSourcesOfTheFixtureManifest()
    {
        var manifest = ManifestReference.ReadManifest(Path.Combine(TestPaths.Fixtures, "sources.json"));

        var response = await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());

        Assert.Equal(manifest.Select(m => (m.Kind, m.ReleaseId)), response.ReferenceSources.Select(s => (s.Kind, s.ReleaseId)));
        Assert.Equal([45, 28, 7, 5, 9], response.ReferenceSources.Select(s => s.EntryCount));
        foreach (var (expected, loaded) in manifest.Zip(response.ReferenceSources))
        {
            var path = Path.Combine(TestPaths.Fixtures, expected.Path);
            Assert.Equal("FY2026", loaded.AppliedTo);
            Assert.Equal(Path.GetFileName(path), loaded.File.FileName);
            Assert.Equal(new FileInfo(path).Length, loaded.File.SizeBytes);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), loaded.File.Sha256);
        }
    }
}
