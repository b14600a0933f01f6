namespace CodeSearch.Suggestions.Text;

/// <summary>Line boundaries for \n, \r\n, \r, U+2028 and U+2029.</summary>
internal static class LineBreaks
{
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>Index of the line break ending the line that starts at <paramref name="lineStart"/>, or the text length.</summary>
    public static int LineEnd(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Index of the first character after the line break at <paramref name="lineEnd"/>.</summary>
    public static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
