using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeSearch.Importer.Manifest;

/// <summary>
/// sources.json's serializer, generated at compile time: the server reads the manifest at every start (and every
/// reload check), and the reflection-based serializer built and JIT-compiled its converters first. Same reading rules
/// as before: property names in any case, comments and trailing commas allowed.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ManifestJson))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
