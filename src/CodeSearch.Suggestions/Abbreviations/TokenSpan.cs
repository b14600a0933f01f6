namespace CodeSearch.Suggestions.Abbreviations;

/// <summary>
/// A token of the text being expanded: <see cref="Start"/> inclusive and <see cref="End"/> exclusive character offsets,
/// and its <see cref="Text"/>. Minimal stand-in until the tokenizer stage publishes its own token type.
/// </summary>
public sealed record TokenSpan(int Start, int End, string Text);
