namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>
/// Finds abbreviations among a text's tokens and expands them using an <see cref="AbbreviationList"/>.
/// Matching is case-insensitive unless a row has the <c>case</c> rule; multi-word entries ("CKD stage 3", "N/V")
/// match across consecutive tokens whatever the tokenizer did with spaces and slashes, longest match first.
/// Leading "(" and trailing ".,;:)" are ignored so "(HTN)" and "HTN," still match.
/// </summary>
public sealed class AbbreviationExpander(AbbreviationList list)
{
    private static readonly char[] LeadingPunctuation = ['('];
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', ')'];

    /// <summary>An expander over <see cref="AbbreviationList.Default"/>.</summary>
    public AbbreviationExpander() : this(AbbreviationList.Default) { }

    /// <summary>Returns the expansions in text order; tokens must be in order, non-overlapping and inside <paramref name="text"/>.</summary>
    public IReadOnlyList<AbbreviationMatch> Expand(string text, IReadOnlyList<TokenSpan> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        Validate(text, tokens);
        var matches = new List<AbbreviationMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var j = Math.Min(tokens.Count - 1, i + list.MaxPieces - 1); j >= i; j--)
            {
                if (TryMatch(text, tokens, i, j) is { } match)
                {
                    matches.Add(match);
                    i = j;
                    break;
                }
            }
        }
        return matches;
    }

    private AbbreviationMatch? TryMatch(string text, IReadOnlyList<TokenSpan> tokens, int first, int last)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        while (start < end && Array.IndexOf(LeadingPunctuation, text[start]) >= 0) start++;
        while (end > start && Array.IndexOf(TrailingPunctuation, text[end - 1]) >= 0 && !EndsAbbreviation(text, start, end)) end--;
        if (start == end || !list.MayMatch(text, start, end)) return null;
        var context = new AbbreviationContext(text, tokens, first, last, start, end);
        foreach (var entry in list.Candidates(context.CollapsedSurface))
        {
            if (entry.Rules.All(r => r.Holds(context, entry.Abbreviation)))
                return new AbbreviationMatch(start, end, text[start..end], entry.Expansion, entry);
        }
        return null;
    }

    // Keeps a trailing character that is itself part of a listed abbreviation (none today, but cheap insurance).
    private bool EndsAbbreviation(string text, int start, int end) =>
        list.MayMatch(text, start, end) && list.Candidates(AbbreviationList.Collapse(text[start..end])).Count > 0;

    private static void Validate(string text, IReadOnlyList<TokenSpan> tokens)
    {
        var previousEnd = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t is null || t.Start < previousEnd || t.End < t.Start || t.End > text.Length)
                throw new ArgumentOutOfRangeException(nameof(tokens), $"token {i} is out of order or outside the text");
            previousEnd = t.End;
        }
    }
}
