using System.Text.Json.Serialization;

namespace CodeSearch.Indexing.Generations;

/// <summary>
/// generation.json's serializer, generated at compile time: every start reads the file, and the reflection-based
/// serializer made it build (and JIT-compile) converters and emitted accessors for each property type first. Same
/// format as before: indented, enums as their names.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(GenerationInfo))]
internal sealed partial class GenerationInfoJson : JsonSerializerContext;
