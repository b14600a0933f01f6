using System.Globalization;

namespace CodeSearch.Importer.Text;

/// <summary>
/// Column access for fixed-width records using the 1-based inclusive columns the official layouts print.
/// Columns past the end of a line read as blank, so a line whose trailing padding was stripped still parses.
/// </summary>
internal static class FixedWidth
{
    /// <summary>Columns <paramref name="first"/>..<paramref name="last"/> (1-based, inclusive), untrimmed.</summary>
    public static ReadOnlySpan<char> Columns(string line, int first, int last)
    {
        var start = first - 1;
        if (start >= line.Length) return [];
        var end = Math.Min(last, line.Length);
        return line.AsSpan(start, end - start);
    }

    /// <summary>Column <paramref name="first"/> to the end of the line, untrimmed.</summary>
    public static ReadOnlySpan<char> From(string line, int first) =>
        first - 1 >= line.Length ? [] : line.AsSpan(first - 1);

    /// <summary>The character at a 1-based column, or a space past the end of the line.</summary>
    public static char At(string line, int column) => column - 1 < line.Length ? line[column - 1] : ' ';

    /// <summary>Trimmed text of the columns as a string ("" when blank).</summary>
    public static string Text(string line, int first, int last)
    {
        var span = Columns(line, first, last).Trim();
        return span.IsEmpty ? "" : span.ToString();
    }

    /// <summary>Parses YYYYMMDD; blank is null. Returns false for anything else.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly? date)
    {
        date = null;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty) return true;
        if (!DateOnly.TryParseExact(trimmed, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return false;
        }
        date = value;
        return true;
    }
}
