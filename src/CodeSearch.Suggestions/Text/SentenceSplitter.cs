namespace CodeSearch.Suggestions.Text;

/// <summary>
/// Splits note text into sentences, reported as spans of the original text that start and end on non-whitespace,
/// in order and without overlap; together they cover every non-whitespace character of the input range.
/// </summary>
/// <remarks>
/// A sentence ends:
/// <list type="bullet">
/// <item>after '.', '?' or '!' (with any closing quotes or brackets) when followed by a line break, the end of the
/// text, or blanks and an upper-case letter; a '.' does not end a sentence after the abbreviations in
/// <see cref="SentenceBreaks.Abbreviations"/> (Dr., Mr., e.g., i.e., vs., approx., ...), after a list number at
/// a line start ("1. HTN"), or inside a number or code ("2.5", "E11.9");</item>
/// <item>at a line break when the line is a section header or a list item, the line ends with ':', or the next line
/// is blank, a header or a list item (other line breaks are treated as wrapping);</item>
/// <item>after an inline header at a line start ("HPI:" in "HPI: 58 yo male ...").</item>
/// </list>
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentences of the whole of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, new TextSpan(0, text.Length));
    }

    /// <summary>The sentences inside <paramref name="range"/> of <paramref name="text"/>, e.g. one section's body.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> extends past the text.</exception>
    public static IReadOnlyList<TextSpan> Split(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, text.Length, nameof(range));
        var breaks = SentenceBreaks.Find(text, range);
        var sentences = new List<TextSpan>();
        var from = range.Start;
        foreach (var to in breaks.Append(range.End))
        {
            if (Trim(text, from, to) is { } sentence)
            {
                sentences.Add(sentence);
            }

            from = to;
        }

        return sentences;
    }

    private static TextSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start < end ? new TextSpan(start, end) : null;
    }
}
