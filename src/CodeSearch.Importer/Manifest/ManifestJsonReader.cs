using System.Text.Json;

namespace CodeSearch.Importer.Manifest;

/// <summary>
/// Reads sources.json into its shapes (<see cref="ManifestJson"/>) from a parsed document, by the rules the generated
/// serializer (the source-generated context it replaces) read it with: property names in any case (the last of a repeated
/// name wins), comments and trailing commas allowed, unknown properties ignored, null for any value, numbers only where
/// numbers are expected. The server reads the manifest at every start and every reload check; the serializer's metadata
/// (a property-info and a converter per nullable number type) was JIT-compiled first, this runs on precompiled code
/// (docs/operations.md "Start-up time"). Throws <see cref="JsonException"/> when the text is not JSON or a value has
/// the wrong kind.
/// </summary>
internal static class ManifestJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ManifestJson? Parse(string json)
    {
        using var document = JsonDocument.Parse(json, Options);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Null) return null;
        var manifest = new ManifestJson();
        foreach (var p in Properties(root, "$"))
        {
            if (Is(p, "SchemaVersion")) manifest.SchemaVersion = Int(p);
            else if (Is(p, "Releases")) manifest.Releases = Array(p, Release);
        }
        return manifest;
    }

    private static ReleaseJson? Release(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Null) return null;
        var release = new ReleaseJson();
        foreach (var p in Properties(e, path))
        {
            if (Is(p, "System")) release.System = String(p);
            else if (Is(p, "ReleaseId")) release.ReleaseId = String(p);
            else if (Is(p, "EffectiveDate")) release.EffectiveDate = String(p);
            else if (Is(p, "EndDate")) release.EndDate = String(p);
            else if (Is(p, "Format")) release.Format = String(p);
            else if (Is(p, "File")) release.File = Object(p, File);
            else if (Is(p, "Expected")) release.Expected = Object(p, Counts);
        }
        return release;
    }

    private static FileJson File(JsonElement e, string path)
    {
        var file = new FileJson();
        foreach (var p in Properties(e, path))
        {
            if (Is(p, "Path")) file.Path = String(p);
            else if (Is(p, "Url")) file.Url = String(p);
            else if (Is(p, "Sha256")) file.Sha256 = String(p);
            else if (Is(p, "SizeBytes")) file.SizeBytes = Long(p);
            else if (Is(p, "Members")) file.Members = Object(p, Members);
        }
        return file;
    }

    private static CountsJson Counts(JsonElement e, string path)
    {
        var counts = new CountsJson();
        foreach (var p in Properties(e, path))
        {
            if (Is(p, "Entries")) counts.Entries = Int(p);
            else if (Is(p, "Billable")) counts.Billable = Int(p);
            else if (Is(p, "Codes")) counts.Codes = Int(p);
            else if (Is(p, "Modifiers")) counts.Modifiers = Int(p);
            else if (Is(p, "NotTerminated")) counts.NotTerminated = Int(p);
        }
        return counts;
    }

    private static Dictionary<string, string?> Members(JsonElement e, string path)
    {
        var members = new Dictionary<string, string?>();
        foreach (var p in Properties(e, path)) members[p.Name] = String(p);
        return members;
    }

    // One property with where it is, for the messages.
    private readonly record struct Property(string Name, JsonElement Value, string Path);

    private static IEnumerable<Property> Properties(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Wrong(path, "an object", e);
        foreach (var p in e.EnumerateObject()) yield return new Property(p.Name, p.Value, path + "." + p.Name);
    }

    private static bool Is(Property p, string name) => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase);

    private static string? String(Property p) => p.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => p.Value.GetString(),
        _ => throw Wrong(p.Path, "a string", p.Value),
    };

    private static int? Int(Property p) => p.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when p.Value.TryGetInt32(out var value) => value,
        _ => throw Wrong(p.Path, "a whole number", p.Value),
    };

    private static long? Long(Property p) => p.Value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number when p.Value.TryGetInt64(out var value) => value,
        _ => throw Wrong(p.Path, "a whole number", p.Value),
    };

    private static T? Object<T>(Property p, Func<JsonElement, string, T> read) where T : class =>
        p.Value.ValueKind == JsonValueKind.Null ? null : read(p.Value, p.Path);

    private static List<ReleaseJson?>? Array(Property p, Func<JsonElement, string, ReleaseJson?> read)
    {
        if (p.Value.ValueKind == JsonValueKind.Null) return null;
        if (p.Value.ValueKind != JsonValueKind.Array) throw Wrong(p.Path, "an array", p.Value);
        var list = new List<ReleaseJson?>(p.Value.GetArrayLength());
        var i = 0;
        foreach (var item in p.Value.EnumerateArray()) list.Add(read(item, $"{p.Path}[{i++}]"));
        return list;
    }

    private static JsonException Wrong(string path, string expected, JsonElement found) =>
        new($"The value at {path} is {found.ValueKind}, expected {expected}.");
}
