using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Hcpcs;

/// <summary>The fields of one HCPCS record line, checked for shape.</summary>
internal readonly record struct HcpcsLine(
    int LineNumber, HcpcsRecordId RecordId, string Code, string LongText, string ShortText,
    DateOnly? AddDate, DateOnly? ActionDate, DateOnly? TerminationDate, string ActionCode)
{
    public bool IsFirstLine => RecordId is HcpcsRecordId.Procedure or HcpcsRecordId.Modifier;
    public bool IsModifier => RecordId is HcpcsRecordId.Modifier or HcpcsRecordId.ModifierContinuation;

    public static HcpcsLine Parse(SourceLine line, string source)
    {
        var text = line.Text;
        if (text.Length > HcpcsLayout.RecordLength && !text.AsSpan(HcpcsLayout.RecordLength).IsWhiteSpace())
        {
            throw SourceErrors.Malformed(source, line.Number,
                $"record is {text.Length} characters with text after column {HcpcsLayout.RecordLength}");
        }
        var id = FixedWidth.At(text, HcpcsLayout.RecordIdColumn) switch
        {
            '3' => HcpcsRecordId.Procedure,
            '4' => HcpcsRecordId.ProcedureContinuation,
            '7' => HcpcsRecordId.Modifier,
            '8' => HcpcsRecordId.ModifierContinuation,
            var c => throw SourceErrors.Malformed(source, line.Number, $"record ID in column 11 is '{c}'; expected 3, 4, 7 or 8"),
        };
        var modifier = id is HcpcsRecordId.Modifier or HcpcsRecordId.ModifierContinuation;
        var code = modifier ? HcpcsCodeShape.ReadModifier(line, source) : HcpcsCodeShape.ReadProcedure(line, source);
        var longText = FixedWidth.Text(text, HcpcsLayout.LongFirst, HcpcsLayout.LongLast);
        if (id is HcpcsRecordId.Procedure or HcpcsRecordId.Modifier && longText.Length == 0)
        {
            throw SourceErrors.Malformed(source, line.Number, $"{code} has no long description in columns 12-91");
        }
        return new HcpcsLine(line.Number, id, code, longText,
            FixedWidth.Text(text, HcpcsLayout.ShortFirst, HcpcsLayout.ShortLast),
            Date(line, "add date", HcpcsLayout.AddDateFirst, HcpcsLayout.AddDateLast, source),
            Date(line, "action effective date", HcpcsLayout.ActionDateFirst, HcpcsLayout.ActionDateLast, source),
            Date(line, "termination date", HcpcsLayout.TerminationFirst, HcpcsLayout.TerminationLast, source),
            ActionCodeOf(line, source));
    }

    private static DateOnly? Date(SourceLine line, string field, int first, int last, string source)
    {
        var span = FixedWidth.Columns(line.Text, first, last);
        if (FixedWidth.TryParseDate(span, out var date)) return date;
        throw SourceErrors.Malformed(source, line.Number, $"{field} in columns {first}-{last} {SourceErrors.Quote(span)} is not YYYYMMDD");
    }

    private static string ActionCodeOf(SourceLine line, string source)
    {
        var c = FixedWidth.At(line.Text, HcpcsLayout.ActionCodeColumn);
        if (c == ' ') return "";
        if (HcpcsLayout.ActionCodes.Contains(c)) return c.ToString();
        throw SourceErrors.Malformed(source, line.Number, $"action code in column 293 is '{c}'; expected one of {HcpcsLayout.ActionCodes}");
    }
}
