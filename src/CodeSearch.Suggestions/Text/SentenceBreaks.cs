using CodeSearch.Suggestions.Sections;

namespace CodeSearch.Suggestions.Text;

/// <summary>Finds the positions where <see cref="SentenceSplitter"/> cuts; see its remarks for the rules.</summary>
internal static class SentenceBreaks
{
    /// <summary>Words (lower-case, without their final '.') after which a '.' does not end a sentence.</summary>
    public static readonly HashSet<string> Abbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "e.g", "i.e", "vs", "approx", "appt", "pt", "pts", "fig",
    };

    /// <summary>Cut positions inside <paramref name="range"/>, ascending.</summary>
    public static SortedSet<int> Find(string text, TextSpan range)
    {
        var breaks = new SortedSet<int>();
        for (var lineStart = range.Start; lineStart < range.End;)
        {
            var lineEnd = Math.Min(LineBreaks.LineEnd(text, lineStart), range.End);
            var next = Math.Min(LineBreaks.NextLineStart(text, lineEnd), range.End);
            LineRules(text, range, lineStart, lineEnd, next, breaks);
            PunctuationRules(text, range, lineStart, lineEnd, breaks);
            lineStart = next;
        }

        breaks.RemoveWhere(b => b <= range.Start || b >= range.End);
        return breaks;
    }

    private static void LineRules(string text, TextSpan range, int lineStart, int lineEnd, int next, SortedSet<int> breaks)
    {
        var header = IsTrueLineStart(text, lineStart) ? HeaderMatcher.Match(text, lineStart, lineEnd) : null;
        var item = IsTrueLineStart(text, lineStart) && ListMarkers.StartsItem(text, lineStart, lineEnd);
        if (header is { } h)
        {
            breaks.Add(lineStart);
            breaks.Add(h.End);
        }

        if (item)
        {
            breaks.Add(lineStart);
        }

        if (lineEnd >= range.End)
        {
            return;
        }

        var nextEnd = Math.Min(LineBreaks.LineEnd(text, next), range.End);
        var endsWithColon = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd().EndsWith(":");
        var nextBlank = text.AsSpan(next, nextEnd - next).Trim().IsEmpty;
        var nextOpens = HeaderMatcher.Match(text, next, nextEnd) is not null || ListMarkers.StartsItem(text, next, nextEnd);
        if (header is not null || item || endsWithColon || nextBlank || nextOpens)
        {
            breaks.Add(lineEnd);
        }
    }

    private static void PunctuationRules(string text, TextSpan range, int lineStart, int lineEnd, SortedSet<int> breaks)
    {
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (text[i] is not ('.' or '?' or '!'))
            {
                continue;
            }

            var j = i;
            while (j < lineEnd && text[j] is '.' or '?' or '!' or ')' or ']' or '"' or '\'' or '\u2019' or '\u201D')
            {
                j++;
            }

            if (EndsSentence(text, range, lineStart, i, j))
            {
                breaks.Add(j);
            }

            i = j - 1;
        }
    }

    private static bool EndsSentence(string text, TextSpan range, int lineStart, int mark, int after)
    {
        if (after < range.End && !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        if (text[mark] == '.' && after == mark + 1 && IsNonBreakingPeriod(text, lineStart, mark))
        {
            return false;
        }

        var k = after;
        while (k < range.End && char.IsWhiteSpace(text[k]))
        {
            if (LineBreaks.IsLineBreak(text[k]))
            {
                return true;
            }

            k++;
        }

        return k >= range.End || char.IsUpper(text[k]);
    }

    private static bool IsNonBreakingPeriod(string text, int lineStart, int period)
    {
        var w = period;
        while (w > lineStart && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, period - w);
        if (word.IsEmpty)
        {
            return false;
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return true;
        }

        // "1. HTN": an enumerator at the start of a line.
        return !word.ContainsAnyExcept("0123456789") && text.AsSpan(lineStart, w - lineStart).Trim().IsEmpty;
    }

    private static bool IsTrueLineStart(string text, int index) => index == 0 || LineBreaks.IsLineBreak(text[index - 1]);
}
