using System.Text.Json;
using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Manifest;

/// <summary>
/// The manifest of official sources (index-data/sources.json, or a fixture manifest of the same shape).
/// Loading validates every entry; bad content throws <see cref="SourceDataException"/> naming the manifest file.
/// </summary>
public sealed record SourceManifest(string SourceName, int SchemaVersion, IReadOnlyList<ManifestRelease> Releases)
{
    /// <summary>The only schema version this code reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Reads and validates a manifest file.</summary>
    /// <exception cref="SourceDataException">The file is missing, is not JSON or has an invalid entry.</exception>
    public static SourceManifest Load(string path)
    {
        if (!File.Exists(path)) throw new SourceDataException($"Manifest '{path}' was not found.");
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Validates manifest JSON; <paramref name="sourceName"/> is used in error messages.</summary>
    /// <exception cref="SourceDataException">The text is not JSON or has an invalid entry.</exception>
    public static SourceManifest Parse(string json, string sourceName)
    {
        ManifestJson? parsed;
        try
        {
            parsed = ManifestJsonReader.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new SourceDataException($"Manifest '{sourceName}' is not valid JSON: {ex.Message}", ex);
        }
        return ManifestValidator.Validate(parsed, sourceName);
    }
}
