using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Icd10;

/// <summary>
/// Reads an order addenda file. Each change line has a label in columns 1-13 ("Add:", "Delete:",
/// "Revise from:", "Revise to:") followed by the order-file row without its order number. ICD-10-CM
/// puts the valid flag in column 14 and the code from column 16; ICD-10-PCS has no flag and the code
/// starts in column 14. The first other non-blank line after the changes starts the summary block,
/// which is ignored.
/// </summary>
public static class OrderAddendaReader
{
    private const int LabelWidth = 13;

    /// <summary>Reads the change lines.</summary>
    /// <exception cref="Core.Errors.SourceDataException">A change line is malformed, the file does not start with one,
    /// or a "Revise from:" is not followed by a "Revise to:" of the same code.</exception>
    public static OrderAddenda Read(TextReader reader, CodeSystemId system, string sourceName, CancellationToken ct = default)
    {
        var entries = new List<AddendaEntry>();
        foreach (var line in SourceLines.Read(reader, ct))
        {
            if (line.IsBlank) continue;
            var action = ParseLabel(line.Text);
            if (action is null)
            {
                if (entries.Count > 0) break; // summary block: counts the file states about itself
                throw SourceErrors.Malformed(sourceName, line.Number,
                    $"{SourceErrors.Quote(line.Text)} does not start with Add:, Delete:, Revise from: or Revise to:");
            }
            var entry = ParseEntry(line, action.Value, system, sourceName);
            SourceLines.RequireTerminated(line, sourceName); // a cut line that still parses
            CheckRevisionPair(entries, entry, sourceName);
            entries.Add(entry);
        }
        if (entries.Count > 0 && entries[^1].Action == AddendaAction.ReviseFrom)
        {
            throw SourceErrors.Malformed(sourceName, entries[^1].LineNumber, "'Revise from:' is not followed by 'Revise to:'");
        }
        return new OrderAddenda(sourceName, entries);
    }

    private static AddendaAction? ParseLabel(string text) => FixedWidth.Columns(text, 1, LabelWidth).TrimEnd() switch
    {
        "Add:" => AddendaAction.Add,
        "Delete:" => AddendaAction.Delete,
        "Revise from:" => AddendaAction.ReviseFrom,
        "Revise to:" => AddendaAction.ReviseTo,
        _ => null,
    };

    private static AddendaEntry ParseEntry(SourceLine line, AddendaAction action, CodeSystemId system, string source)
    {
        // A flag is a lone 0/1 in column 14; a PCS code there is at least 3 characters long.
        bool? valid = null;
        var codeColumn = LabelWidth + 1;
        if (FixedWidth.At(line.Text, 15) == ' ' && FixedWidth.At(line.Text, 14) is '0' or '1')
        {
            valid = OrderFileLayout.ReadFlag(line, 14, source);
            codeColumn = 16;
        }
        var code = OrderFileLayout.ReadCode(system, line, codeColumn, source);
        var shortColumn = codeColumn + OrderFileLayout.CodeWidth + 1;
        OrderFileLayout.RequireSpace(line, shortColumn - 1, source);
        var (shortTitle, longTitle) = OrderFileLayout.ReadTitles(line, shortColumn, source);
        return new AddendaEntry(line.Number, action, code, valid, shortTitle, longTitle);
    }

    private static void CheckRevisionPair(List<AddendaEntry> entries, AddendaEntry entry, string source)
    {
        var previous = entries.Count > 0 ? entries[^1] : null;
        var afterFrom = previous?.Action == AddendaAction.ReviseFrom;
        if (entry.Action == AddendaAction.ReviseTo && (!afterFrom || previous!.Code != entry.Code))
        {
            throw SourceErrors.Malformed(source, entry.LineNumber, $"'Revise to:' {entry.Code} does not follow 'Revise from:' {entry.Code}");
        }
        if (afterFrom && entry.Action != AddendaAction.ReviseTo)
        {
            throw SourceErrors.Malformed(source, previous!.LineNumber, $"'Revise from:' {previous.Code} is not followed by 'Revise to:'");
        }
    }
}
