namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>The text around a candidate abbreviation (tokens First..Last, span Start..End), as the rules see it.</summary>
internal sealed class AbbreviationContext(string text, IReadOnlyList<TokenSpan> tokens, int first, int last, int start, int end)
{
    private static readonly char[] Trim = ['.', ',', ';', ':', '(', ')', '[', ']', '"', '\''];

    public string CollapsedSurface { get; } = AbbreviationList.Collapse(text[start..end]);

    public bool IsHeader()
    {
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after < text.Length && text[after] == ':') return true;
        var lineEnded = after >= text.Length || text[after] is '\n' or '\r';
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t') before--;
        return lineEnded && (before < 0 || text[before] is '\n' or '\r');
    }

    public bool NextStartsWithDigit() => last + 1 < tokens.Count && Normalise(last + 1) is { Length: > 0 } next && char.IsDigit(next[0]);

    public bool PreviousMatches(IReadOnlyList<string> words) => first > 0 && Matches(Normalise(first - 1), words);

    public bool NearMatches(IReadOnlyList<string> words, int window)
    {
        for (var i = Math.Max(0, first - window); i < first; i++)
            if (Matches(Normalise(i), words)) return true;
        for (var i = last + 1; i <= Math.Min(tokens.Count - 1, last + window); i++)
            if (Matches(Normalise(i), words)) return true;
        return false;
    }

    private string Normalise(int index)
    {
        var token = tokens[index];
        return text[token.Start..token.End].Trim(Trim).ToLowerInvariant();
    }

    private static bool Matches(string token, IReadOnlyList<string> words) =>
        words.Any(w => w == token || (!w.Any(char.IsLetterOrDigit) && token.Contains(w, StringComparison.Ordinal)));
}
