using System.Text.Json;
using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Reference;

/// <summary>
/// One reference file of the manifest's "reference" list: the Tabular List or an index/table XML, the release it was
/// published with, and the official package it ships in. <see cref="Path"/> names the XML; a gzipped copy beside it
/// (<c>.xml.gz</c>) is read the same way. <see cref="Sha256"/> is of the XML itself, so both forms verify.
/// <see cref="Url"/> is the official package (a zip holding the XML under the file name of <see cref="Path"/>), which
/// <c>codesearch fetch</c> downloads when no mirror is given.
/// </summary>
public sealed record ReferenceSource(string Kind, string ReleaseId, string Path, string? Sha256, string? OfficialPackage, Uri? Url = null)
{
    /// <summary>The kinds, as in the manifest.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["tabular", "diseases", "neoplasms", "drugs", "external_causes"];

    /// <summary>Reads the "reference" list of a manifest file (none when absent).</summary>
    public static IReadOnlyList<ReferenceSource> ReadManifest(string manifestPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifestPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("reference", out var list)) return [];
            return list.EnumerateArray().Select(item => Parse(item, manifestPath)).ToList();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or IOException)
        {
            throw new SourceDataException($"Manifest '{manifestPath}': the reference list cannot be read: {ex.Message}", ex);
        }
    }

    private static ReferenceSource Parse(JsonElement item, string manifestPath)
    {
        string? Text(string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var kind = Text("kind") ?? "";
        if (!Kinds.Contains(kind)) throw new SourceDataException($"Manifest '{manifestPath}': reference kind '{kind}' is not one of {string.Join(", ", Kinds)}.");
        var release = Text("releaseId");
        var path = Text("path");
        if (string.IsNullOrWhiteSpace(release) || string.IsNullOrWhiteSpace(path))
        {
            throw new SourceDataException($"Manifest '{manifestPath}': reference '{kind}' needs releaseId and path.");
        }
        var url = Text("url");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new SourceDataException($"Manifest '{manifestPath}': reference '{kind}' url '{url}' is not an absolute URL.");
        }
        return new ReferenceSource(kind, release, path, Text("sha256"), Text("officialPackage"), url is null ? null : new Uri(url));
    }
}
