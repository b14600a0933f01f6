using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Icd10;

/// <summary>
/// Reads an ICD-10-CM or ICD-10-PCS order file (same layout): columns 1-5 order number, 7-13 code,
/// 15 valid flag, 17-76 short title, 78-end long title. Blank lines are skipped; every other
/// malformed line throws with the file and line number.
/// </summary>
public static class OrderFileReader
{
    /// <summary>Reads all rows, checking layout, code shape, unique codes and increasing order numbers.</summary>
    /// <param name="reader">The order file's text.</param>
    /// <param name="system">ICD-10-CM or ICD-10-PCS; decides the code shape checked.</param>
    /// <param name="sourceName">Name used in error messages, e.g. "archive.zip/icd10cm-order-2026.txt".</param>
    /// <param name="ct">Cancels between lines.</param>
    /// <exception cref="Core.Errors.SourceDataException">A line is malformed.</exception>
    public static IReadOnlyList<OrderFileRow> Read(TextReader reader, CodeSystemId system, string sourceName, CancellationToken ct = default)
    {
        var rows = new List<OrderFileRow>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var previousOrder = 0;
        foreach (var line in SourceLines.Read(reader, ct))
        {
            if (line.IsBlank) continue;
            var row = ParseLine(line, system, sourceName);
            SourceLines.RequireTerminated(line, sourceName); // a cut line that still parses
            if (row.Order <= previousOrder)
            {
                throw SourceErrors.Malformed(sourceName, line.Number, $"order number {row.Order} does not follow {previousOrder}");
            }
            if (!codes.TryAdd(row.Code, line.Number))
            {
                throw SourceErrors.Malformed(sourceName, line.Number, $"code {row.Code} already appeared on line {codes[row.Code]}");
            }
            previousOrder = row.Order;
            rows.Add(row);
        }
        // Otherwise an empty file is first noticed by the addenda, which then look like the wrong release.
        if (rows.Count == 0) throw new Core.Errors.SourceDataException($"{sourceName} holds no rows (an empty or truncated file).");
        return rows;
    }

    internal static OrderFileRow ParseLine(SourceLine line, CodeSystemId system, string source)
    {
        var orderField = FixedWidth.Columns(line.Text, 1, 5);
        if (orderField.Length != 5 || !int.TryParse(orderField, System.Globalization.NumberStyles.None, null, out var order))
        {
            throw SourceErrors.Malformed(source, line.Number, $"columns 1-5 {SourceErrors.Quote(orderField)} are not a 5-digit order number");
        }
        OrderFileLayout.RequireSpace(line, 6, source);
        var code = OrderFileLayout.ReadCode(system, line, OrderFileLayout.OrderFileCodeColumn, source);
        OrderFileLayout.RequireSpace(line, 14, source);
        var valid = OrderFileLayout.ReadFlag(line, OrderFileLayout.OrderFileFlagColumn, source);
        OrderFileLayout.RequireSpace(line, 16, source);
        var (shortTitle, longTitle) = OrderFileLayout.ReadTitles(line, OrderFileLayout.OrderFileShortColumn, source);
        return new OrderFileRow(line.Number, order, code, valid, shortTitle, longTitle);
    }
}
