namespace CodeSearch.Suggestions.Data;

/// <summary>One data row of a curated TSV file with its 1-based line number.</summary>
internal sealed record TsvRow(int LineNumber, string[] Fields);

/// <summary>
/// Reads the curated TSV format: lines starting with <c>#</c> and blank lines are comments, the first other line is the
/// header (checked against the expected header), and every row has between <c>requiredColumns</c> and all columns.
/// </summary>
internal static class TsvTable
{
    public static IEnumerable<TsvRow> Read(TextReader reader, string fileName, string[] header, int requiredColumns)
    {
        var lineNumber = 0;
        var sawHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0) continue;
            var fields = line.Split('\t');
            if (!sawHeader)
            {
                if (!fields.Select(f => f.Trim()).SequenceEqual(header))
                    throw new DataFileException(fileName, lineNumber, $"expected header '{string.Join("<TAB>", header)}'");
                sawHeader = true;
                continue;
            }
            if (fields.Length < requiredColumns || fields.Length > header.Length)
                throw new DataFileException(fileName, lineNumber,
                    $"expected {requiredColumns} to {header.Length} tab-separated fields but found {fields.Length}");
            for (var i = 0; i < requiredColumns; i++)
            {
                if (fields[i].Trim().Length == 0)
                    throw new DataFileException(fileName, lineNumber, $"column '{header[i]}' is empty");
            }
            yield return new TsvRow(lineNumber, fields.Select(f => f.Trim()).ToArray());
        }
        if (!sawHeader) throw new DataFileException(fileName, lineNumber, "header line missing");
    }
}
