using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Cpt;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Cpt;

public class CptImporterTests
{
    [Fact]
    public void Import_SampleFileWithBom_BuildsRelease()
    {
        var release = CptImporter.Import(Fixtures.CptCsv, "2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(new CodeRelease { System = CodeSystemId.Cpt, ReleaseId = "2026", EffectiveDate = new(2026, 1, 1), EndDate = new(2026, 12, 31) }, release.Release);
        Assert.Equal(8, release.Codes.Count);
        Assert.Equal("00001", release.Codes[0].Code);
        Assert.Equal("Sample proc \"two\"", release.Codes[1].ShortDescription);
        Assert.Equal(2, release.Codes.Count(c => c.Kind == CodeKind.Modifier));
        Assert.All(release.Codes, c => Assert.StartsWith("Sample", c.Description));
        var source = Assert.Single(release.Sources);
        Assert.Equal("sample-cpt.csv", source.FileName);
        Assert.Matches("^[0-9a-f]{64}$", source.Sha256);
    }

    [Fact]
    public void Import_MissingFile_Throws()
    {
        Assert.Throws<SourceDataException>(() => CptImporter.Import("/nonexistent/cpt.csv", "2026", new DateOnly(2026, 1, 1), null));
    }

    [Fact]
    public void Import_InvalidUtf8_ThrowsNamingFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("latin1.csv");
        File.WriteAllBytes(path, [.. "code,short_description,long_description\n00001,x,Sample caf"u8, 0xE9, (byte)'\n']);

        var ex = Assert.Throws<SourceDataException>(() => CptImporter.Import(path, "2026", new DateOnly(2026, 1, 1), null));

        Assert.Contains("latin1.csv is not valid UTF-8", ex.Message);
    }
}
