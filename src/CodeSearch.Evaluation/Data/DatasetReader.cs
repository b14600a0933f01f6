using System.Text.Json;
using CodeSearch.Core;

namespace CodeSearch.Evaluation.Data;

/// <summary>
/// Reads JSONL evaluation files: one object per line with <c>id</c>, <c>text</c>, <c>gold</c> (list),
/// <c>system</c> ("ICD-10-CM" or "ICD-10-PCS"), and optionally <c>gold_has_category_only</c> and <c>kind</c>.
/// Other fields are ignored; blank lines are skipped. Errors name the line, never its text.
/// </summary>
public static class DatasetReader
{
    public static EvalDataset ReadFile(string path, DatasetKind? kind = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, kind);
    }

    /// <summary>Reads every row; <paramref name="kind"/> overrides detection.</summary>
    public static EvalDataset Read(TextReader reader, DatasetKind? kind = null)
    {
        var documents = new List<EvalDocument>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            documents.Add(ParseLine(line, lineNumber));
        }
        return new EvalDataset(kind ?? DatasetKindDetector.Detect(documents), documents);
    }

    private static EvalDocument ParseLine(string line, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            var systemName = row.GetProperty("system").GetString();
            if (!CodeSystemNames.TryParseKey(systemName, out var system))
            {
                throw new FormatException($"line {lineNumber}: unknown system '{systemName}'");
            }
            var gold = row.GetProperty("gold").EnumerateArray().Select(g => g.GetString() ?? "").Where(g => g.Length > 0).ToList();
            return new EvalDocument(
                row.GetProperty("id").GetString() ?? "",
                row.GetProperty("text").GetString() ?? "",
                gold,
                system,
                row.TryGetProperty("gold_has_category_only", out var category) && category.ValueKind == JsonValueKind.True,
                row.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"line {lineNumber}: not an evaluation row ({ex.GetType().Name}); expected id, text, gold, system");
        }
    }
}
