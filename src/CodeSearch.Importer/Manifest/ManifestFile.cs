namespace CodeSearch.Importer.Manifest;

/// <summary>One official file of a release, as the manifest describes it.</summary>
/// <param name="Path">Path relative to the source directory, '/'-separated: &lt;system&gt;/&lt;release&gt;/&lt;official file name&gt;.</param>
/// <param name="Url">Official download address; null in a fixture manifest.</param>
/// <param name="Sha256">Lower-case hex sha256 of the official file; null when none is known.</param>
/// <param name="SizeBytes">Size of the official file; null when not known.</param>
/// <param name="Members">Member file name inside the archive by role ("order", "addenda", "records").</param>
public sealed record ManifestFile(
    string Path,
    Uri? Url,
    string? Sha256,
    long? SizeBytes,
    IReadOnlyDictionary<string, string> Members)
{
    /// <summary>The official file name, e.g. "icd10cm-Code Descriptions-2026.zip".</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The member file name for a role, or null when the manifest lists none.</summary>
    public string? Member(string role) => Members.TryGetValue(role, out var name) ? name : null;

    /// <summary>The path under a source directory, with the platform's separators.</summary>
    public string FullPath(string sourceDirectory) =>
        System.IO.Path.Combine(sourceDirectory, Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
}
