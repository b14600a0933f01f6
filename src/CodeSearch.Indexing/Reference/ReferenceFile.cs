using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Reference;

/// <summary>reference.json.gz in a generation: the reference material, read once when the generation opens.</summary>
public static class ReferenceFile
{
    public const string FileName = "reference.json.gz";

    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };
    private static readonly JsonSerializerOptions ReadOptions = CompactJson.With(Options);

    public static void Write(string directory, ReferenceData data)
    {
        using var stream = new GZipStream(File.Create(Path.Combine(directory, FileName)), CompressionLevel.Fastest);
        JsonSerializer.Serialize(stream, data, Options);
    }

    /// <summary>The material, or null when the generation has none. Throws <see cref="InvalidDataException"/> when it is unreadable.</summary>
    public static ReferenceData? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var strings = CompactJson.Pool();
            return JsonSerializer.Deserialize<ReferenceData>(stream, ReadOptions) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not valid reference data: {ex.Message}", ex);
        }
    }
}
