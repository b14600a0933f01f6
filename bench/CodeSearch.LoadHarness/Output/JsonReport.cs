using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeSearch.LoadHarness.Output;

/// <summary>Writes a <see cref="RunReport"/> as indented camelCase JSON.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(RunReport report, string path) => File.WriteAllText(path, JsonSerializer.Serialize(report, Options));
}
