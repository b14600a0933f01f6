namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// One row of <c>context-triggers.tsv</c>: the <see cref="Phrase"/>, its <see cref="Category"/>, its scope's
/// <see cref="Direction"/> and <see cref="MaxScope"/> (in words), and the 1-based <see cref="LineNumber"/>.
/// </summary>
public sealed record ContextTrigger(string Phrase, TriggerCategory Category, TriggerDirection Direction, int MaxScope, int LineNumber)
{
    /// <summary>The phrase split by the same tokenizer as sentences, lowercase.</summary>
    internal IReadOnlyList<string> Words { get; } = ContextTokenizer.Tokenize(Phrase).Select(t => t.Lower).ToArray();
}
