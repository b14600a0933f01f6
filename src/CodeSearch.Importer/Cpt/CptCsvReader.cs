using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Cpt;

/// <summary>
/// Reads a licensee's CPT file in the documented CSV format (docs/cpt-format.md): header row
/// <c>code,short_description,long_description</c>, then one row per code; 5-character codes are billable
/// codes, 2-character codes are modifiers. CodeSearch ships no CPT content.
/// </summary>
public static class CptCsvReader
{
    /// <summary>The required header row.</summary>
    public static readonly IReadOnlyList<string> Header = ["code", "short_description", "long_description"];

    /// <summary>Reads every row; Order is the row's position (1-based).</summary>
    /// <exception cref="Core.Errors.SourceDataException">Wrong header, a row without 3 fields, a code of the wrong shape,
    /// an empty long description or a duplicate code; the message names the line.</exception>
    public static IReadOnlyList<MedicalCode> Read(TextReader reader, string releaseId, string sourceName, CancellationToken ct = default)
    {
        var codes = new List<MedicalCode>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var headerSeen = false;
        foreach (var record in CsvRecordReader.Read(reader, sourceName, ct))
        {
            if (!headerSeen)
            {
                CheckHeader(record, sourceName);
                headerSeen = true;
                continue;
            }
            var code = CptRow.Parse(record, sourceName, releaseId, codes.Count + 1);
            if (!seen.TryAdd(code.Code, record.LineNumber))
            {
                throw SourceErrors.Malformed(sourceName, record.LineNumber, $"code {code.Code} already appeared on line {seen[code.Code]}");
            }
            codes.Add(code);
        }
        if (!headerSeen) throw new Core.Errors.SourceDataException($"{sourceName} is empty; expected the header row {string.Join(",", Header)}.");
        return codes;
    }

    private static void CheckHeader(CsvRecord record, string source)
    {
        var names = record.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        if (!names.SequenceEqual(Header))
        {
            throw SourceErrors.Malformed(source, record.LineNumber,
                $"header is '{string.Join(",", record.Fields)}'; expected '{string.Join(",", Header)}'");
        }
    }
}
