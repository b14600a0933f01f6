using System.Globalization;
using System.Text.Json;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Generations;

/// <summary>
/// Reads generation.json, the format <see cref="GenerationInfoJson"/> writes, from a parsed document. Every start reads
/// the file before a generation's open can begin, and the generated serializer's metadata (a property-info and a
/// converter per property type, generic over each value type) was compiled by the JIT first, about 250 methods on the
/// opening thread; this reader runs on precompiled code only (docs/operations.md "Start-up time"). Same rules as the
/// serializer: required properties must be present, Deleted and ReferenceSources may be missing, a record's
/// constructor value may be missing (its default), unknown and computed properties (DisplayName) are ignored, systems
/// by name in any case.
/// </summary>
internal static class GenerationInfoReader
{
    /// <summary>The generation described by <paramref name="json"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static GenerationInfo Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new GenerationInfo
            {
                SchemaVersion = Required(root, "SchemaVersion").GetInt32(),
                Generation = RequiredString(root, "Generation"),
                SourceFingerprint = RequiredString(root, "SourceFingerprint"),
                CreatedUtc = Required(root, "CreatedUtc").GetDateTimeOffset(),
                Sample = Required(root, "Sample").GetBoolean(),
                Releases = List(Required(root, "Releases"), Release),
                Deleted = root.TryGetProperty("Deleted", out var deleted) ? List(deleted, Deleted) : [],
                ReferenceSources = root.TryGetProperty("ReferenceSources", out var sources) ? List(sources, ReferenceSource) : [],
                DocumentCount = Required(root, "DocumentCount").GetInt32(),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new JsonException("generation.json does not describe a generation: " + ex.Message, ex);
        }
    }

    private static LoadedRelease Release(JsonElement e) => new()
    {
        Release = CodeRelease(Required(e, "Release")),
        CodeCount = Required(e, "CodeCount").GetInt32(),
        BillableCount = Required(e, "BillableCount").GetInt32(),
        HeaderCount = Required(e, "HeaderCount").GetInt32(),
        ModifierCount = Required(e, "ModifierCount").GetInt32(),
        TerminatedCount = Required(e, "TerminatedCount").GetInt32(),
        Sources = List(Required(e, "Sources"), SourceFile),
    };

    private static CodeRelease CodeRelease(JsonElement e) => new()
    {
        System = System(Required(e, "System")),
        ReleaseId = RequiredString(e, "ReleaseId"),
        EffectiveDate = Date(Required(e, "EffectiveDate")),
        EndDate = e.TryGetProperty("EndDate", out var end) && end.ValueKind != JsonValueKind.Null ? Date(end) : null,
    };

    // Records made by their constructors: a missing value is the parameter's default, as the serializer gives.
    private static DeletedCode Deleted(JsonElement e) => new(
        e.TryGetProperty("System", out var system) ? System(system) : default,
        Text(e, "Code"), Text(e, "Description"), Text(e, "ReleaseId"));

    private static ReferenceSourceInfo ReferenceSource(JsonElement e) => new(
        Text(e, "Kind"), Text(e, "ReleaseId"), Text(e, "AppliedTo"),
        e.TryGetProperty("File", out var file) && file.ValueKind != JsonValueKind.Null ? SourceFile(file) : null!,
        e.TryGetProperty("EntryCount", out var count) ? count.GetInt32() : 0);

    private static SourceFileInfo SourceFile(JsonElement e) => new(
        Text(e, "FileName"), Text(e, "Sha256"),
        e.TryGetProperty("SizeBytes", out var size) ? size.GetInt64() : 0,
        e.TryGetProperty("Members", out var members) && members.ValueKind != JsonValueKind.Null ? List(members, String) : null!);

    private static CodeSystemId System(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Number) return (CodeSystemId)e.GetInt32();
        return CodeSystemNames.TryParseKey(e.GetString(), out var system) && system.ToString().Equals(e.GetString(), StringComparison.OrdinalIgnoreCase)
            ? system
            : throw new FormatException($"'{e.GetString()}' is not a code system.");
    }

    private static DateOnly Date(JsonElement e) =>
        DateOnly.ParseExact(e.GetString() ?? throw new FormatException("A date is null."), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string String(JsonElement e) => e.GetString()!;

    private static string RequiredString(JsonElement e, string name) =>
        Required(e, name).GetString() ?? throw new FormatException($"{name} is null.");

    private static JsonElement Required(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"{name} is missing.");

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString()! : null!;

    private static List<T> List<T>(JsonElement array, Func<JsonElement, T> read)
    {
        var list = new List<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray()) list.Add(read(item));
        return list;
    }
}
