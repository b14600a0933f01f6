namespace CodeSearch.Importer.Tabular;

/// <summary>Splits the text inside one pair of parentheses of a note into <see cref="NoteToken"/>s.</summary>
internal static class NoteTokenizer
{
    public static List<NoteToken> Tokenize(ReadOnlySpan<char> group)
    {
        var tokens = new List<NoteToken>();
        var i = 0;
        while (i < group.Length)
        {
            var c = group[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is ',' or ';') { tokens.Add(new(NoteTokenKind.Separator, "")); i++; continue; }
            if (c == '-') { tokens.Add(new(NoteTokenKind.Dash, "")); i++; continue; }
            if (c == '.' && i + 1 < group.Length && group[i + 1] == '-') { tokens.Add(new(NoteTokenKind.Dash, "")); i += 2; continue; }
            if (TryCode(group, i, out var code, out var end)) { tokens.Add(new(NoteTokenKind.Code, code)); i = end; continue; }
            var start = i;
            while (i < group.Length && !char.IsWhiteSpace(group[i]) && group[i] is not (',' or ';')) i++;
            tokens.Add(Word(group[start..i]));
        }
        return tokens;
    }

    private static NoteToken Word(ReadOnlySpan<char> word) => word switch
    {
        "and" or "or" => new(NoteTokenKind.Separator, ""),
        "to" => new(NoteTokenKind.To, ""),
        _ => new(NoteTokenKind.Word, word.ToString()),
    };

    /// <summary>
    /// A code is a letter, a digit, a letter or digit, then optionally "." and 1-4 letters or digits, standing alone
    /// (so "G6PD" and "IGF1" are not codes). A bare trailing "." ("I69. with ...") is swallowed; ".-" is left for the dash.
    /// </summary>
    private static bool TryCode(ReadOnlySpan<char> s, int at, out string code, out int end)
    {
        code = "";
        end = at;
        if (at > 0 && char.IsLetterOrDigit(s[at - 1])) return false;
        if (at + 3 > s.Length || !IsUpper(s[at]) || !char.IsAsciiDigit(s[at + 1]) || !IsUpperOrDigit(s[at + 2])) return false;
        var i = at + 3;
        var text = s[at..i].ToString();
        if (i + 1 < s.Length && s[i] == '.' && IsUpperOrDigit(s[i + 1]))
        {
            var start = ++i;
            while (i < s.Length && i - start < 4 && IsUpperOrDigit(s[i])) i++;
            text += s[start..i].ToString();
        }
        if (i < s.Length && char.IsLetterOrDigit(s[i])) return false;
        if (i < s.Length && s[i] == '.' && (i + 1 == s.Length || s[i + 1] != '-')) i++;
        code = text;
        end = i;
        return true;
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsUpperOrDigit(char c) => IsUpper(c) || char.IsAsciiDigit(c);
}
