namespace CodeSearch.Suggestions.Text;

/// <summary>A half-open character range [<see cref="Start"/>, <see cref="End"/>) into a string.</summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; <paramref name="start"/> must be non-negative and not after <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are negative or reversed.</exception>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>Index of the first character.</summary>
    public int Start { get; }

    /// <summary>Index just past the last character.</summary>
    public int End { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The characters of <paramref name="text"/> covered by this span.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
