namespace CodeSearch.Suggestions.Text;

/// <summary>
/// Recognises list-item markers at a line start: a bullet (-, *, +, •, ·) or an enumerator (1-3 digits or one
/// letter, then '.' or ')'), followed by a blank.
/// </summary>
internal static class ListMarkers
{
    /// <summary>True when the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) starts with a list marker.</summary>
    public static bool StartsItem(string text, int lineStart, int lineEnd) => MarkerEnd(text, lineStart, lineEnd) >= 0;

    /// <summary>Index just past the marker (before the blank), or -1 when the line has none.</summary>
    public static int MarkerEnd(string text, int lineStart, int lineEnd)
    {
        var i = lineStart;
        while (i < lineEnd && text[i] is ' ' or '\t')
        {
            i++;
        }

        var start = i;
        if (i < lineEnd && text[i] is '-' or '*' or '+' or '\u2022' or '\u00B7')
        {
            i++;
        }
        else
        {
            while (i < lineEnd && i - start < 3 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start && i < lineEnd && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            var isDigits = i > start && char.IsAsciiDigit(text[start]);
            if (i == start || i >= lineEnd || !(text[i] == ')' || (text[i] == '.' && isDigits)))
            {
                return -1;
            }

            i++;
        }

        return i < lineEnd && text[i] is ' ' or '\t' ? i : -1;
    }
}
