using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Manifest;
using CodeSearch.Importer.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.Manifest;

public class SourceManifestTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "releases": [
            {
              "system": "icd10cm", "releaseId": "FY2026", "effectiveDate": "2025-10-01", "endDate": "2026-09-30",
              "format": "order-file",
              "file": { "path": "icd10cm/2026/x.zip", "url": "https://example.org/x.zip", "sha256": "AB%SHA%", "sizeBytes": 10,
                        "members": { "order": "order.txt", "addenda": "addenda.txt" } },
              "expected": { "entries": 3, "billable": 2 }
            }
          ]
        }
        """;

    private static string Json(string? find = null, string replace = "")
    {
        var json = Valid.Replace("%SHA%", new string('c', 62), StringComparison.Ordinal);
        return find is null ? json : json.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepositoryManifest_HasThreeVerifiableReleases()
    {
        var manifest = SourceManifest.Load(TestPaths.Manifest);

        Assert.Equal([CodeSystemId.Icd10Cm, CodeSystemId.Icd10Pcs, CodeSystemId.Hcpcs], manifest.Releases.Select(r => r.System));
        Assert.All(manifest.Releases, r => Assert.Matches("^[0-9a-f]{64}$", r.File.Sha256!));
        var hcpcs = manifest.Releases[2];
        Assert.Equal(SourceFormat.HcpcsFixedWidth, hcpcs.Format);
        Assert.Null(hcpcs.EndDate);
        Assert.Equal("HCPC2026_JAN_ANWEB_01122026.txt", hcpcs.File.Member(SourceFormats.RecordsRole));
        Assert.Equal(new ExpectedCounts(9006, null, 8623, 383, 7323), hcpcs.Expected);
        Assert.Equal("icd10cm-Code Descriptions-2026.zip", manifest.Releases[0].File.FileName);
    }

    [Fact]
    public void Load_FixtureManifest_HasNoUrlsOrChecksums()
    {
        var manifest = Fixtures.Manifest;

        Assert.Equal(3, manifest.Releases.Count);
        Assert.All(manifest.Releases, r => Assert.Null(r.File.Sha256));
        Assert.All(manifest.Releases, r => Assert.Null(r.File.Url));
    }

    [Fact]
    public void Parse_ValidJson_NormalisesShaAndBuildsCodeRelease()
    {
        var release = SourceManifest.Parse(Json(), "m.json").Releases.Single();

        Assert.Equal("ab" + new string('c', 62), release.File.Sha256);
        Assert.Equal("icd10cm FY2026", release.Label);
        var codeRelease = release.ToCodeRelease();
        Assert.Equal(new DateOnly(2025, 10, 1), codeRelease.EffectiveDate);
        Assert.Equal(new DateOnly(2026, 9, 30), codeRelease.EndDate);
    }

    [Theory]
    [InlineData("\"icd10cm\"", "\"icd11\"", "system 'icd11'")]
    [InlineData("\"order-file\"", "\"xml\"", "format 'xml'")]
    [InlineData("\"order\": \"order.txt\", ", "", "no 'order' member")]
    [InlineData("\"AB", "\"ZZ", "not 64 hex digits")]
    [InlineData("\"icd10cm/2026/x.zip\"", "\"../x.zip\"", "plain relative path")]
    [InlineData("\"2026-09-30\"", "\"2024-01-01\"", "before effectiveDate")]
    [InlineData("\"2025-10-01\"", "\"10/01/2025\"", "not a yyyy-MM-dd date")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "schemaVersion is 2")]
    [InlineData("\"entries\": 3", "\"entries\": -3", "cannot be negative")]
    [InlineData("https://example.org/x.zip", "ftp://example.org/x.zip", "http(s)")]
    public void Parse_InvalidEntry_ThrowsNamingManifestAndProblem(string find, string replace, string expected)
    {
        var ex = Assert.Throws<SourceDataException>(() => SourceManifest.Parse(Json(find, replace), "bad.json"));

        Assert.Contains("bad.json", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Parse_NotJson_ThrowsNamingManifest()
    {
        var ex = Assert.Throws<SourceDataException>(() => SourceManifest.Parse("{ \"releases\": [", "broken.json"));

        Assert.Contains("broken.json", ex.Message);
        Assert.Contains("not valid JSON", ex.Message);
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", "$.schemaVersion")]
    [InlineData("\"entries\": 3", "\"entries\": 3.5", "entries")]
    [InlineData("\"icd10cm\"", "7", "system")]
    public void Parse_ValueOfTheWrongKind_ThrowsNotValidJsonNamingWhere(string find, string replace, string where)
    {
        var ex = Assert.Throws<SourceDataException>(() => SourceManifest.Parse(Json(find, replace), "kind.json"));

        Assert.Contains("not valid JSON", ex.Message);
        Assert.Contains(where, ex.Message);
    }

    [Fact]
    public void Parse_SameReleaseTwice_Throws()
    {
        var release = Json().Split('[', 2)[1].Split(']')[0].Trim();
        var json = $$"""{ "schemaVersion": 1, "releases": [ {{release}}, {{release}} ] }""";

        var ex = Assert.Throws<SourceDataException>(() => SourceManifest.Parse(json, "dup.json"));

        Assert.Contains("listed twice", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_ThrowsNamingPath()
    {
        var ex = Assert.Throws<SourceDataException>(() => SourceManifest.Load("/nonexistent/sources.json"));

        Assert.Contains("/nonexistent/sources.json", ex.Message);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndAnyCase_ReadAsBefore()
    {
        var json = Json("\"schemaVersion\": 1,", "// hand-edited\n  \"SCHEMAVERSION\": 1,").Replace("\"billable\": 2 }", "\"billable\": 2, }", StringComparison.Ordinal);

        var release = SourceManifest.Parse(json, "m.json").Releases.Single();

        Assert.Equal(("FY2026", (int?)3), (release.ReleaseId, release.Expected?.Entries));
    }
}
