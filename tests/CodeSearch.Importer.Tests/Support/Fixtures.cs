using CodeSearch.Core;
using CodeSearch.Importer.Manifest;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.Support;

/// <summary>Paths of the committed fixtures.</summary>
internal static class Fixtures
{
    public static string Root => TestPaths.Fixtures;
    public static string ManifestPath => Path.Combine(Root, "sources.json");
    public static SourceManifest Manifest => SourceManifest.Load(ManifestPath);

    public static string CmFolder => Path.Combine(Root, "icd10cm", "2026", "icd10cm-Code Descriptions-2026");
    public static string PcsFolder => Path.Combine(Root, "icd10pcs", "2026", "2026-icd-10-pcs-order-file-long-and-abbreviated-titles");
    public static string HcpcsFolder => Path.Combine(Root, "hcpcs", "2026", "january-2026-alpha-numeric-hcpcs-file");
    public static string HcpcsFile => Path.Combine(HcpcsFolder, "HCPC2026_JAN_ANWEB_01122026.txt");
    public static string CptCsv => Path.Combine(Root, "cpt", "sample-cpt.csv");

    public static ManifestRelease Release(string systemKey) =>
        Manifest.Releases.Single(r => r.System.Key() == systemKey);

    /// <summary>Copies a fixture folder (or all of them) into a scratch source directory.</summary>
    public static void CopyFolder(string fixtureFolder, string targetRoot)
    {
        var relative = Path.GetRelativePath(Root, fixtureFolder);
        var target = Path.Combine(targetRoot, relative);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(fixtureFolder)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    /// <summary>Zips a fixture folder into targetRoot at the official zip path; returns the zip path.</summary>
    public static string ZipFolder(string fixtureFolder, string targetRoot)
    {
        var zip = Path.Combine(targetRoot, Path.GetRelativePath(Root, fixtureFolder) + ".zip");
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        System.IO.Compression.ZipFile.CreateFromDirectory(fixtureFolder, zip);
        return zip;
    }
}
