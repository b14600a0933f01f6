using System.Text;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Cpt;

/// <summary>
/// RFC 4180 CSV: comma-separated fields, double-quoted fields may hold commas, doubled quotes and line breaks;
/// CRLF or LF line ends. Blank lines are skipped.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, string source, CancellationToken ct = default)
    {
        using var lines = SourceLines.Read(reader, ct).GetEnumerator();
        while (lines.MoveNext())
        {
            var start = lines.Current;
            if (start.IsBlank) continue;
            yield return new CsvRecord(start.Number, ParseRecord(start, lines, source));
        }
    }

    private static List<string> ParseRecord(SourceLine start, IEnumerator<SourceLine> lines, string source)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var text = start.Text;
        var i = 0;
        while (true)
        {
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i == text.Length)
                    {
                        if (!lines.MoveNext()) throw SourceErrors.Malformed(source, start.Number, "a quoted field is not closed before the end of the file");
                        field.Append('\n');
                        text = lines.Current.Text;
                        i = 0;
                        continue;
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',')
                {
                    throw SourceErrors.Malformed(source, lines.Current.Number, $"unexpected '{text[i]}' after a closing quote; quote the whole field");
                }
            }
            else
            {
                var comma = text.IndexOf(',', i);
                var end = comma < 0 ? text.Length : comma;
                var plain = text.AsSpan(i, end - i);
                if (plain.Contains('"')) throw SourceErrors.Malformed(source, lines.Current.Number, "a quote inside an unquoted field; quote the field and double the quote");
                field.Append(plain);
                i = end;
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length) return fields;
            i++; // past the comma; a trailing comma means one more (empty) field
            if (i == text.Length) { fields.Add(""); return fields; }
        }
    }
}
