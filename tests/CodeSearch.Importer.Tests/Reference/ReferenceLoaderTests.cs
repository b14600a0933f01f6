using System.IO.Compression;
using System.Security.Cryptography;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Reference;
using CodeSearch.Importer.Tests.Support;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Importer.Tests.Reference;

/// <summary>Loading the fixtures' reference files: counts, provenance, checksums, gzipped copies, missing files.</summary>
public class ReferenceLoaderTests
{
    private static readonly IReadOnlyList<ReferenceSource> FixtureSources = ReferenceSource.ReadManifest(Fixtures.ManifestPath);

    private static ImportedReference LoadFixtures() =>
        new ReferenceLoader().Load(FixtureSources, Fixtures.Root, "FY2026", verifyChecksums: false)!;

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static AlphabeticIndexEntry At(ReferenceData data, AlphabeticIndexKind kind, params string[] path) =>
        data.Entries.Single(e => e.Index == kind && e.Path.SequenceEqual(path));

    private static AlphabeticIndexEntry? SeeTarget(ReferenceData data, AlphabeticIndexEntry entry)
    {
        var at = data.SeeTargets[data.Entries.ToList().IndexOf(entry)];
        return at < 0 ? null : data.Entries[at];
    }

    /// <summary>The fixture reference files gzipped into <paramref name="dir"/> at their manifest paths (no plain XML beside them).</summary>
    private static void WriteGzipped(TempDirectory dir)
    {
        foreach (var source in FixtureSources)
        {
            var target = dir.Combine(source.Path + ".gz");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var input = File.OpenRead(Path.Combine(Fixtures.Root, source.Path));
            using var output = new GZipStream(File.Create(target), CompressionLevel.Optimal);
            input.CopyTo(output);
        }
    }

    [Fact]
    public void Load_Fixtures_CountsPerFileAndTargetRelease()
    {
        var imported = LoadFixtures();

        Assert.Equal(
        [
            ("tabular", "FY2023", 45),
            ("diseases", "FY2023", 28),
            ("neoplasms", "2026-04", 7),
            ("drugs", "2026-04", 5),
            ("external_causes", "2026-04", 9),
        ], imported.Sources.Select(s => (s.Kind, s.ReleaseId, s.EntryCount)));
        Assert.All(imported.Sources, s => Assert.Equal("FY2026", s.AppliedTo));
        Assert.Equal("FY2026", imported.Data.TargetReleaseId);
        Assert.Equal("FY2023", imported.Data.Tabular!.ReleaseId);
        Assert.Equal(45, imported.Data.Tabular.Nodes.Count);
        Assert.Equal(28 + 7 + 5 + 9, imported.Data.Entries.Count);
        Assert.Equal(imported.Data.Entries.Count, imported.Data.SeeTargets.Count);
    }

    [Fact]
    public void Load_Fixtures_EntriesCarryTheirIndexRelease()
    {
        var data = LoadFixtures().Data;

        Assert.All(data.Entries.Where(e => e.Index == AlphabeticIndexKind.Diseases), e => Assert.Equal("FY2023", e.ReleaseId));
        Assert.All(data.Entries.Where(e => e.Index != AlphabeticIndexKind.Diseases), e => Assert.Equal("2026-04", e.ReleaseId));
    }

    [Fact]
    public void Load_Fixtures_SourceFilePerFileWithSha256OfTheXml()
    {
        var imported = LoadFixtures();

        foreach (var (source, info) in FixtureSources.Zip(imported.Sources))
        {
            var path = Path.Combine(Fixtures.Root, source.Path);
            Assert.Equal(Path.GetFileName(source.Path), info.File.FileName);
            Assert.Equal(Sha256Of(path), info.File.Sha256);
            Assert.Equal(new FileInfo(path).Length, info.File.SizeBytes);
        }
    }

    [Fact]
    public void Load_Fixtures_SeeAttackHeartResolvedToMyocardialInfarction()
    {
        var data = LoadFixtures().Data;

        var target = SeeTarget(data, At(data, AlphabeticIndexKind.Diseases, "Attack, attacks", "heart"));

        Assert.NotNull(target);
        Assert.Equal(["Infarct, infarction", "myocardium, myocardial"], target.Path);
        Assert.Equal("I21.9", target.Code);
    }

    [Fact]
    public void Load_Fixtures_SeeResolvedWithinEachIndex()
    {
        var data = LoadFixtures().Data;

        Assert.Equal("Epinephrine", SeeTarget(data, At(data, AlphabeticIndexKind.Drugs, "Adrenalin"))?.Path.Single());
        Assert.Equal("W20.8", SeeTarget(data, At(data, AlphabeticIndexKind.ExternalCauses, "Fall, falling", "object"))?.Code);
        Assert.Equal(["Hypertension, hypertensive", "heart"], SeeTarget(data, At(data, AlphabeticIndexKind.Diseases, "Disease, diseased", "heart", "hypertensive"))?.Path);
        for (var i = 0; i < data.Entries.Count; i++)
        {
            var target = data.SeeTargets[i];
            if (data.Entries[i].See is null) Assert.Equal(-1, target);
            else if (target >= 0) Assert.Equal(data.Entries[i].Index, data.Entries[target].Index);
        }
    }

    [Fact]
    public void Load_GzippedCopies_SameMaterialAndSha256AsThePlainXml()
    {
        using var dir = new TempDirectory();
        WriteGzipped(dir);
        var withChecksums = FixtureSources
            .Select(s => s with { Sha256 = Sha256Of(Path.Combine(Fixtures.Root, s.Path)) })
            .ToList();

        var plain = new ReferenceLoader().Load(withChecksums, Fixtures.Root, "FY2026", verifyChecksums: true)!;
        var gzipped = new ReferenceLoader().Load(withChecksums, dir.Path, "FY2026", verifyChecksums: true)!;

        Assert.Equal(plain.Sources.Select(s => s.File.Sha256), gzipped.Sources.Select(s => s.File.Sha256));
        Assert.Equal(withChecksums.Select(s => s.Sha256), gzipped.Sources.Select(s => s.File.Sha256));
        Assert.All(gzipped.Sources, s => Assert.EndsWith(".xml.gz", s.File.FileName));
        Assert.Equal(plain.Sources.Select(s => s.EntryCount), gzipped.Sources.Select(s => s.EntryCount));
        Assert.Equal(plain.Data.Entries.Select(e => string.Join(" › ", e.Path)), gzipped.Data.Entries.Select(e => string.Join(" › ", e.Path)));
        Assert.Equal(plain.Data.SeeTargets, gzipped.Data.SeeTargets);
    }

    [Fact]
    public void Sha256OfXml_GzippedCopy_Sha256OfTheDecompressedXml()
    {
        using var dir = new TempDirectory();
        WriteGzipped(dir);
        var source = FixtureSources[0];

        var located = ReferenceLoader.Locate(dir.Path, source.Path);

        Assert.Equal(dir.Combine(source.Path + ".gz"), located);
        Assert.Equal(Sha256Of(Path.Combine(Fixtures.Root, source.Path)), ReferenceLoader.Sha256OfXml(located!));
    }

    [Fact]
    public void Load_Sha256Mismatch_SourceDataExceptionNamingTheFile()
    {
        var sources = FixtureSources.Select((s, i) => i == 2 ? s with { Sha256 = new string('0', 64) } : s).ToList();

        var ex = Assert.Throws<SourceDataException>(() => new ReferenceLoader().Load(sources, Fixtures.Root, "FY2026", verifyChecksums: true));

        Assert.Contains("icd10cm-neoplasm-April-1-2026-XML.xml", ex.Message);
        Assert.Contains(new string('0', 64), ex.Message);
    }

    [Fact]
    public void Load_Sha256MismatchWithoutVerification_Loaded()
    {
        var sources = FixtureSources.Select(s => s with { Sha256 = new string('0', 64) }).ToList();

        var imported = new ReferenceLoader().Load(sources, Fixtures.Root, "FY2026", verifyChecksums: false);

        Assert.Equal(5, imported?.Sources.Count);
    }

    [Fact]
    public void Load_CorruptGzip_SourceDataExceptionNamingTheFile()
    {
        using var dir = new TempDirectory();
        var source = FixtureSources[1];
        var path = dir.Write(source.Path + ".gz", "this is not gzip data, just text that happens to end in .gz");

        var ex = Assert.Throws<SourceDataException>(() => new ReferenceLoader().Load([source], dir.Path, "FY2026", verifyChecksums: false));

        Assert.Contains(Path.GetFileName(path), ex.Message);
    }

    [Fact]
    public void Load_SomeFilesMissing_SkippedAndLoggedTheOthersLoaded()
    {
        using var dir = new TempDirectory();
        var drugs = FixtureSources.Single(s => s.Kind == "drugs");
        File.Copy(Path.Combine(Fixtures.Root, drugs.Path), dir.Write(drugs.Path, ""), overwrite: true);
        var logger = new RecordingLogger<ReferenceLoader>();

        var imported = new ReferenceLoader(logger).Load(FixtureSources, dir.Path, "FY2026", verifyChecksums: true);

        Assert.NotNull(imported);
        Assert.Equal("drugs", Assert.Single(imported.Sources).Kind);
        Assert.Null(imported.Data.Tabular);
        Assert.All(imported.Data.Entries, e => Assert.Equal(AlphabeticIndexKind.Drugs, e.Index));
        Assert.Equal(4, logger.Entries.Count(e => e.Id.Id == 121 && e.Level == LogLevel.Warning));
    }

    [Fact]
    public void Load_NoFilePresent_Null()
    {
        using var dir = new TempDirectory();

        Assert.Null(new ReferenceLoader().Load(FixtureSources, dir.Path, "FY2026", verifyChecksums: true));
    }

    [Fact]
    public void Load_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ReferenceLoader().Load(FixtureSources, Fixtures.Root, "FY2026", false, cts.Token));
    }
}
