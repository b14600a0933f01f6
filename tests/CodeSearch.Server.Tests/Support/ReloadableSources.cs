using System.Text.Json.Nodes;
using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// A copy of the hand-written fixtures used as the server's official source directory, with its own manifest, so a
/// test can add a release while the server runs: an April 2026 HCPCS quarterly file in which K0001 reads "Standard
/// skatechair" instead of "Standard wheelchair" (a word found in no other fixture).
/// </summary>
public sealed class ReloadableSources : IDisposable
{
    public const string NewWord = "skatechair";
    public const string OldDescription = "Standard wheelchair";
    public const string NewDescription = "Standard skatechair";
    private const string JanuaryFolder = "hcpcs/2026/january-2026-alpha-numeric-hcpcs-file";
    private const string AprilFolder = "hcpcs/2026/april-2026-alpha-numeric-hcpcs-file";
    private const string AprilMember = "HCPC2026_APR_ANWEB_04012026.txt";

    public ReloadableSources()
    {
        CopyDirectory(TestPaths.Fixtures, Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "codesearch-server-tests", "sources-" + Guid.NewGuid().ToString("N"));

    public string ManifestPath => Path.Combine(Root, "sources.json");

    /// <summary>Settings pointing a server at these sources, checking them every <paramref name="reloadSeconds"/> (0: never).</summary>
    public Dictionary<string, string?> Settings(int reloadSeconds) => new()
    {
        ["CodeSearch:Data:ManifestPath"] = ManifestPath,
        ["CodeSearch:Data:ReloadIntervalSeconds"] = reloadSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Writes the April file (optionally spoilt by <paramref name="spoil"/>), then the manifest naming it, the way an
    /// operator would: the file first, the manifest replaced in one rename.
    /// </summary>
    public void AddAprilHcpcs(Func<string[], string[]>? spoil = null)
    {
        var lines = GoodAprilLines();
        WriteApril(spoil is null ? lines : spoil(lines));
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath))!;
        var releases = manifest["releases"]!.AsArray();
        if (releases.Any(r => (string?)r!["releaseId"] == "2026-04")) return;
        var april = releases.Single(r => (string?)r!["releaseId"] == "2026-01")!.DeepClone();
        april["releaseId"] = "2026-04";
        april["effectiveDate"] = "2026-04-01";
        april["file"]!["path"] = AprilFolder + ".zip";
        april["file"]!["members"]!["records"] = AprilMember;
        releases.Add(april);
        WriteManifest(manifest);
    }

    /// <summary>
    /// Adds an ICD-10-CM FY2027 release (2026-10-01 to 2027-09-30): the FY2026 fixture files under the FY2027
    /// folder and member names, then the manifest entry naming them.
    /// </summary>
    public void AddFiscalYear2027()
    {
        var from = Path.Combine(Root, "icd10cm", "2026", "icd10cm-Code Descriptions-2026");
        var to = Path.Combine(Root, "icd10cm", "2027", "icd10cm-Code Descriptions-2027");
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file).Replace("2026", "2027", StringComparison.Ordinal)));
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath))!;
        var releases = manifest["releases"]!.AsArray();
        var fy2027 = releases.Single(r => (string?)r!["system"] == "icd10cm")!.DeepClone();
        fy2027["releaseId"] = "FY2027";
        fy2027["effectiveDate"] = "2026-10-01";
        fy2027["endDate"] = "2027-09-30";
        fy2027["file"]!["path"] = "icd10cm/2027/icd10cm-Code Descriptions-2027.zip";
        foreach (var member in fy2027["file"]!["members"]!.AsObject().ToList())
        {
            fy2027["file"]!["members"]![member.Key] = ((string)member.Value!).Replace("2026", "2027", StringComparison.Ordinal);
        }
        releases.Add(fy2027);
        WriteManifest(manifest);
    }

    private void WriteManifest(JsonNode manifest)
    {
        File.WriteAllText(ManifestPath + ".tmp", manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        File.Move(ManifestPath + ".tmp", ManifestPath, overwrite: true);
    }

    /// <summary>Replaces the April file (after a spoilt one), written to a temp name and renamed.</summary>
    public void WriteApril(string[] lines)
    {
        var folder = Path.Combine(Root, AprilFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, AprilMember);
        File.WriteAllLines(path + ".tmp", lines);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>The April file with K0001 renamed, unspoilt.</summary>
    public string[] GoodAprilLines() => File.ReadAllLines(Directory.GetFiles(Path.Combine(Root, JanuaryFolder)).Single())
        .Select(l => l.StartsWith("K0001", StringComparison.Ordinal) ? l.Replace(OldDescription, NewDescription, StringComparison.Ordinal) : l)
        .ToArray();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
