using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using CodeSearch.Core;
using CodeSearch.Importer.Hcpcs;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Parsing the official fixed-width files, from text already in memory (the zip and disk are left out): the FY2026
/// ICD-10-CM order file (98,186 lines) and the January 2026 HCPCS file (9,006 codes). Paths from index-data/sources.json
/// under the shared mirror, as <see cref="BenchIndex"/> finds it.
/// </summary>
[MemoryDiagnoser]
public class ImporterBenchmarks
{
    private string _order = "";
    private string _hcpcs = "";

    [GlobalSetup]
    public void Setup()
    {
        var manifest = SourceManifest.Load(Path.Combine(BenchIndex.RepoRoot, "index-data", "sources.json"));
        _order = Member(manifest.Releases.Single(r => r.System == CodeSystemId.Icd10Cm), "order");
        _hcpcs = Member(manifest.Releases.Single(r => r.System == CodeSystemId.Hcpcs), "records");
    }

    [Benchmark]
    public int Icd10CmOrderFile() => OrderFileReader.Read(new StringReader(_order), CodeSystemId.Icd10Cm, "bench").Count;

    [Benchmark]
    public int HcpcsFile() => HcpcsRecordReader.Read(new StringReader(_hcpcs), "2026-01", "bench").Count;

    private static string Member(ManifestRelease release, string role)
    {
        var path = release.File.FullPath(BenchIndex.SourceDirectory);
        if (!File.Exists(path)) throw new InvalidOperationException($"Importer benchmarks need {path}.");
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(release.File.Member(role)!)!.Open());
        return reader.ReadToEnd();
    }
}
