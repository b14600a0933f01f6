namespace CodeSearch.Suggestions.Text;

/// <summary>A word or number of the original text.</summary>
/// <param name="Span">Offsets into the original text.</param>
/// <param name="Text">The original characters of <paramref name="Span"/>, unchanged.</param>
/// <param name="Kind">Word or number.</param>
public sealed record Token(TextSpan Span, string Text, TokenKind Kind);
