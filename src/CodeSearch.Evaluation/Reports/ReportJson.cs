using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeSearch.Evaluation.Reports;

/// <summary>Writes a report as indented camelCase JSON (ids, codes and numbers only).</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<TReport>(TReport report) => JsonSerializer.Serialize(report, Options);

    public static void Write<TReport>(TReport report, string path) => File.WriteAllText(path, Serialize(report) + "\n");
}
