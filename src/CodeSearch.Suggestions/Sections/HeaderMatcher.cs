using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Sections;

/// <summary>A header found at the start of a line.</summary>
/// <param name="Kind">The section the header opens.</param>
/// <param name="Name">The header words, without leading blanks or the colon.</param>
/// <param name="End">Just past the colon, or past the name when the header stands alone on its line.</param>
internal readonly record struct HeaderMatch(SectionKind Kind, TextSpan Name, int End);

/// <summary>
/// Recognises a header at a line start: a name from <see cref="SectionHeaders"/>, then either a colon (content may
/// follow on the same line, e.g. "HPI: 58 yo ...") or nothing but blanks up to the end of the line.
/// "Plan to start metformin" is therefore not a header.
/// </summary>
internal static class HeaderMatcher
{
    /// <summary>Tries to read a header in the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>).</summary>
    public static HeaderMatch? Match(string text, int lineStart, int lineEnd)
    {
        var start = SkipBlanks(text, lineStart, lineEnd);
        foreach (var (words, kind) in SectionHeaders.Aliases)
        {
            var nameEnd = MatchWords(text, start, lineEnd, words);
            if (nameEnd < 0)
            {
                continue;
            }

            var after = SkipBlanks(text, nameEnd, lineEnd);
            if (after < lineEnd && text[after] == ':')
            {
                return new HeaderMatch(kind, new TextSpan(start, nameEnd), after + 1);
            }

            if (SkipWhitespace(text, after, lineEnd) == lineEnd)
            {
                return new HeaderMatch(kind, new TextSpan(start, nameEnd), nameEnd);
            }
        }

        return null;
    }

    // Returns the index after the last word, or -1; words must end at a non-letter/digit boundary.
    private static int MatchWords(string text, int at, int lineEnd, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                var next = SkipBlanks(text, at, lineEnd);
                if (next == at)
                {
                    return -1;
                }

                at = next;
            }

            var word = words[w];
            if (lineEnd - at < word.Length || string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return -1;
            }

            at += word.Length;
        }

        return at < lineEnd && char.IsLetterOrDigit(text[at]) ? -1 : at;
    }

    private static int SkipBlanks(string text, int at, int end)
    {
        while (at < end && (text[at] == ' ' || text[at] == '\t' || text[at] == '\u00A0'))
        {
            at++;
        }

        return at;
    }

    private static int SkipWhitespace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
