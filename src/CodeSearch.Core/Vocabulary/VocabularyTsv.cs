namespace CodeSearch.Core.Vocabulary;

/// <summary>One data row of a vocabulary file with its 1-based line number.</summary>
internal sealed record VocabularyRow(int LineNumber, string[] Fields);

/// <summary>
/// The vocabulary TSV format: lines starting with <c>#</c> and blank lines are comments, the first other line is the
/// header, and every row has between <c>requiredColumns</c> and all columns, the required ones not empty.
/// </summary>
internal static class VocabularyTsv
{
    public static IEnumerable<VocabularyRow> Read(TextReader reader, string fileName, string[] header, int requiredColumns)
    {
        using (reader)
        {
            var lineNumber = 0;
            var sawHeader = false;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.StartsWith('#') || line.Trim().Length == 0) continue;
                var fields = line.Split('\t').Select(f => f.Trim()).ToArray();
                if (!sawHeader)
                {
                    if (!fields.SequenceEqual(header)) throw new VocabularyFileException(fileName, lineNumber, $"expected header '{string.Join("<TAB>", header)}'");
                    sawHeader = true;
                    continue;
                }
                if (fields.Length < requiredColumns || fields.Length > header.Length)
                    throw new VocabularyFileException(fileName, lineNumber, $"expected {requiredColumns} to {header.Length} tab-separated fields but found {fields.Length}");
                for (var i = 0; i < requiredColumns; i++)
                {
                    if (fields[i].Length == 0) throw new VocabularyFileException(fileName, lineNumber, $"column '{header[i]}' is empty");
                }
                yield return new VocabularyRow(lineNumber, fields);
            }
            if (!sawHeader) throw new VocabularyFileException(fileName, lineNumber, "header line missing");
        }
    }
}
