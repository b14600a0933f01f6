using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Loading;

public class SourceFingerprintTests
{
    [Fact]
    public void Compute_Fixtures_EqualsLoadResultFingerprint()
    {
        var fingerprint = SourceFingerprint.Compute(Fixtures.Manifest, Fixtures.Root);

        Assert.Matches("^[0-9a-f]{64}$", fingerprint);
        Assert.Equal(fingerprint, new ReleaseLoader().Load(Fixtures.Manifest, Fixtures.Root).Fingerprint);
    }

    [Fact]
    public void Compute_FileChangedOrMissing_Differs()
    {
        using var dir = new TempDirectory();
        Fixtures.CopyFolder(Fixtures.HcpcsFolder, dir.Path);
        var before = SourceFingerprint.Compute(Fixtures.Manifest, dir.Path);
        Assert.Equal(before, SourceFingerprint.Compute(Fixtures.Manifest, dir.Path));

        File.AppendAllText(Path.Combine(dir.Path, "hcpcs", "2026", "january-2026-alpha-numeric-hcpcs-file", "extra.txt"), "x");
        var changed = SourceFingerprint.Compute(Fixtures.Manifest, dir.Path);
        Fixtures.CopyFolder(Fixtures.PcsFolder, dir.Path);
        var added = SourceFingerprint.Compute(Fixtures.Manifest, dir.Path);

        Assert.Equal(3, new[] { before, changed, added }.Distinct().Count());
    }

    [Fact]
    public void Compute_ManifestDatesChanged_Differs()
    {
        var manifest = ManifestBuilder.WithRelease(Fixtures.Manifest, 2, r => r with { EndDate = new DateOnly(2026, 3, 31) });

        Assert.NotEqual(SourceFingerprint.Compute(Fixtures.Manifest, Fixtures.Root), SourceFingerprint.Compute(manifest, Fixtures.Root));
    }
}
