using System.Globalization;

namespace CodeSearch.Suggestions.Text;

/// <summary>
/// Splits text into word and number tokens with offsets into the original string; punctuation and whitespace are
/// not tokens.
/// </summary>
/// <remarks>
/// A token is a run of letters and digits (combining marks and surrogate-pair letters included). Runs are joined
/// into one token across a single connector when letters or digits follow it:
/// <list type="bullet">
/// <item>'-' always: "follow-up", "COVID-19", "non-small-cell";</item>
/// <item>'/' between digits ("120/80") or between runs of at most two letters ("s/p", "r/o", "N/V", "A/P"), but
/// not "HTN/DM", which gives two tokens;</item>
/// <item>'.' between digits ("2.5", "E11.9") or between single letters ("e.g", "i.e");</item>
/// <item>an apostrophe between letters ("patient's").</item>
/// </list>
/// </remarks>
public static class Tokenizer
{
    /// <summary>The tokens of the whole of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tokenize(text, new TextSpan(0, text.Length));
    }

    /// <summary>The tokens inside <paramref name="range"/> of <paramref name="text"/>, e.g. one sentence.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> extends past the text.</exception>
    public static IReadOnlyList<Token> Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(range.End, text.Length, nameof(range));
        var tokens = new List<Token>();
        var i = range.Start;
        while (i < range.End)
        {
            var width = WordCharWidth(text, i, range.End);
            if (width == 0)
            {
                i++;
                continue;
            }

            var end = ReadToken(text, i, range.End);
            var span = new TextSpan(i, end);
            var value = span.Of(text);
            tokens.Add(new Token(span, value, value.AsSpan().ContainsAnyInRange('0', '9') && !HasLetter(value) ? TokenKind.Number : TokenKind.Word));
            i = end;
        }

        return tokens;
    }

    private static int ReadToken(string text, int start, int limit)
    {
        var i = start;
        var segmentStart = start;
        while (true)
        {
            while (i < limit)
            {
                var width = WordCharWidth(text, i, limit);
                if (width == 0 && !(i > start && IsMark(text[i])))
                {
                    break;
                }

                i += Math.Max(width, 1);
            }

            if (i + 1 >= limit || WordCharWidth(text, i + 1, limit) == 0 || !Joins(text, segmentStart, i, limit))
            {
                return i;
            }

            i++;
            segmentStart = i;
        }
    }

    private static bool Joins(string text, int segmentStart, int connector, int limit)
    {
        var before = text[connector - 1];
        var after = text[connector + 1];
        switch (text[connector])
        {
            case '-':
                return true;
            case '/':
                return (char.IsDigit(before) && char.IsDigit(after))
                    || (LetterRun(text, segmentStart, connector) && connector - segmentStart <= 2 && ShortLetterRunAfter(text, connector + 1, limit));
            case '.':
                return (char.IsDigit(before) && char.IsDigit(after))
                    || (connector - segmentStart == 1 && char.IsLetter(before) && char.IsLetter(after)
                        && (connector + 2 >= limit || !char.IsLetterOrDigit(text[connector + 2])));
            case '\'' or '\u2019':
                return char.IsLetter(before) && char.IsLetter(after);
            default:
                return false;
        }
    }

    private static bool ShortLetterRunAfter(string text, int start, int limit)
    {
        var i = start;
        while (i < limit && char.IsLetter(text[i]))
        {
            i++;
        }

        return i - start is >= 1 and <= 2 && (i >= limit || !char.IsLetterOrDigit(text[i]));
    }

    private static bool LetterRun(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsLetter(value, i))
            {
                return true;
            }
        }

        return false;
    }

    // 1 for a letter or digit, 2 for a surrogate pair that is one, 0 otherwise.
    private static int WordCharWidth(string text, int i, int limit)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < limit && char.IsLowSurrogate(text[i + 1]) && char.IsLetterOrDigit(text, i) ? 2 : 0;
        }

        return char.IsLetterOrDigit(c) ? 1 : 0;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
