using CodeSearch.Core.Errors;
using CodeSearch.Importer.Reference;
using CodeSearch.Importer.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.Reference;

/// <summary>The "reference" list of a manifest.</summary>
public class ReferenceSourceTests
{
    [Fact]
    public void ReadManifest_Fixtures_EveryKindInManifestOrder()
    {
        var sources = ReferenceSource.ReadManifest(Fixtures.ManifestPath);

        Assert.Equal(
        [
            ("tabular", "FY2023", "icd10cm/2023/icd10cm_tabular_2023.xml"),
            ("diseases", "FY2023", "icd10cm/2023/icd10cm_index_2023.xml"),
            ("neoplasms", "2026-04", "icd10cm/2026-04/icd10cm-neoplasm-April-1-2026-XML.xml"),
            ("drugs", "2026-04", "icd10cm/2026-04/icd10cm-drug-April-1-2026-XML.xml"),
            ("external_causes", "2026-04", "icd10cm/2026-04/icd10cm-eindex-April-1-2026-XML.xml"),
        ], sources.Select(s => (s.Kind, s.ReleaseId, s.Path)));
        Assert.All(sources, s => Assert.Null(s.Sha256));
    }

    [Fact]
    public void ReadManifest_Official_ChecksumsAndPackages()
    {
        var sources = ReferenceSource.ReadManifest(TestPaths.Manifest);

        Assert.Equal(ReferenceSource.Kinds, sources.Select(s => s.Kind));
        Assert.All(sources, s => Assert.Matches("^[0-9a-f]{64}$", s.Sha256!));
        Assert.All(sources, s => Assert.False(string.IsNullOrWhiteSpace(s.OfficialPackage)));
    }

    [Fact]
    public void ReadManifest_NoReferenceList_Empty()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("sources.json", """{ "schemaVersion": 1, "releases": [] }""");

        Assert.Empty(ReferenceSource.ReadManifest(path));
    }

    [Fact]
    public void ReadManifest_CommentsAndTrailingCommas_Accepted()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("sources.json", """
            {
              // the coder's reference
              "reference": [
                { "kind": "drugs", "releaseId": "2026-04", "path": "icd10cm/2026-04/drug.xml", "sha256": "ab", },
              ],
            }
            """);

        var source = Assert.Single(ReferenceSource.ReadManifest(path));
        Assert.Equal(new ReferenceSource("drugs", "2026-04", "icd10cm/2026-04/drug.xml", "ab", null), source);
    }

    [Theory]
    [InlineData("""{ "kind": "procedures", "releaseId": "FY2023", "path": "a.xml" }""", "procedures")]
    [InlineData("""{ "releaseId": "FY2023", "path": "a.xml" }""", "kind")]
    [InlineData("""{ "kind": "tabular", "releaseId": "FY2023" }""", "path")]
    [InlineData("""{ "kind": "tabular", "path": "a.xml" }""", "releaseId")]
    [InlineData("""{ "kind": "tabular", "releaseId": " ", "path": "a.xml" }""", "releaseId")]
    public void ReadManifest_BadEntry_SourceDataExceptionNamingTheManifest(string entry, string mentioned)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("sources.json", $$"""{ "reference": [ {{entry}} ] }""");

        var ex = Assert.Throws<SourceDataException>(() => ReferenceSource.ReadManifest(path));

        Assert.Contains(path, ex.Message);
        Assert.Contains(mentioned, ex.Message);
    }

    [Fact]
    public void ReadManifest_InvalidJson_SourceDataExceptionNamingTheManifest()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("sources.json", """{ "reference": [ { "kind": """);

        var ex = Assert.Throws<SourceDataException>(() => ReferenceSource.ReadManifest(path));

        Assert.Contains(path, ex.Message);
    }
}
