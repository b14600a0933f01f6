using CodeSearch.Core;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Icd10;

/// <summary>
/// Column layout shared by the order file and the order addenda (1-based): code 7 wide, one space,
/// short title 60 wide, one space, long title to the end of the line.
/// </summary>
internal static class OrderFileLayout
{
    public const int CodeWidth = 7;
    public const int ShortWidth = 60;

    /// <summary>Order file: "NNNNN CCCCCCC F SSS...SSS LLL...".</summary>
    public const int OrderFileCodeColumn = 7;
    public const int OrderFileFlagColumn = 15;
    public const int OrderFileShortColumn = 17;
    public const int OrderFileLongColumn = 78;

    /// <summary>Reads the code field starting at <paramref name="column"/> and checks its shape.</summary>
    public static string ReadCode(CodeSystemId system, SourceLine line, int column, string source)
    {
        var field = FixedWidth.Columns(line.Text, column, column + CodeWidth - 1);
        var code = field.TrimEnd();
        if (code.IsEmpty || code[0] == ' ')
        {
            throw SourceErrors.Malformed(source, line.Number, $"no code in columns {column}-{column + CodeWidth - 1}");
        }
        var text = code.ToString();
        if (!CodeFormat.IsWellFormed(system, text))
        {
            throw SourceErrors.Malformed(source, line.Number, $"{SourceErrors.Quote(code)} is not a well-formed {system.DisplayName()} code");
        }
        return text;
    }

    /// <summary>Requires a space separator at a column.</summary>
    public static void RequireSpace(SourceLine line, int column, string source)
    {
        if (FixedWidth.At(line.Text, column) != ' ')
        {
            throw SourceErrors.Malformed(source, line.Number, $"expected a space in column {column}, found '{FixedWidth.At(line.Text, column)}'");
        }
    }

    /// <summary>Reads a valid flag ('0' or '1').</summary>
    public static bool ReadFlag(SourceLine line, int column, string source) => FixedWidth.At(line.Text, column) switch
    {
        '1' => true,
        '0' => false,
        var c => throw SourceErrors.Malformed(source, line.Number, $"valid flag in column {column} is '{c}'; expected 0 or 1"),
    };

    /// <summary>Reads the short title (60 columns) and the long title after it; the long title must not be blank.</summary>
    public static (string Short, string Long) ReadTitles(SourceLine line, int shortColumn, string source)
    {
        var longColumn = shortColumn + ShortWidth + 1;
        RequireSpace(line, longColumn - 1, source);
        var shortTitle = FixedWidth.Text(line.Text, shortColumn, shortColumn + ShortWidth - 1);
        var longTitle = FixedWidth.From(line.Text, longColumn).Trim();
        if (longTitle.IsEmpty)
        {
            throw SourceErrors.Malformed(source, line.Number,
                $"line is {line.Text.TrimEnd().Length} characters and has no long title from column {longColumn}");
        }
        return (shortTitle, longTitle.ToString());
    }
}
