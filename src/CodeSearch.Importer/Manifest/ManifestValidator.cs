using System.Globalization;
using CodeSearch.Core;
using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Manifest;

/// <summary>Turns the raw JSON shape into validated records, failing on the first problem with its location.</summary>
internal static class ManifestValidator
{
    public static SourceManifest Validate(ManifestJson? json, string sourceName)
    {
        if (json is null) throw Fail(sourceName, "the manifest is empty");
        if (json.SchemaVersion != SourceManifest.CurrentSchemaVersion)
        {
            throw Fail(sourceName, $"schemaVersion is {json.SchemaVersion?.ToString(CultureInfo.InvariantCulture) ?? "missing"}; expected {SourceManifest.CurrentSchemaVersion}");
        }
        if (json.Releases is not { Count: > 0 }) throw Fail(sourceName, "'releases' is missing or empty");

        var releases = new List<ManifestRelease>(json.Releases.Count);
        var seen = new HashSet<(CodeSystemId, string)>();
        for (var i = 0; i < json.Releases.Count; i++)
        {
            var release = ManifestReleaseValidator.Validate(json.Releases[i], $"releases[{i}]", sourceName);
            if (!seen.Add((release.System, release.ReleaseId)))
            {
                throw Fail(sourceName, $"releases[{i}]: {release.Label} is listed twice");
            }
            releases.Add(release);
        }
        return new SourceManifest(sourceName, json.SchemaVersion.Value, releases);
    }

    public static SourceDataException Fail(string sourceName, string problem) =>
        new($"Manifest '{sourceName}': {problem}.");
}
