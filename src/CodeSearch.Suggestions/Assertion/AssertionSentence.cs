namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// A sentence split into the words and marks triggers are compared with (<see cref="ContextTokenizer"/>), once for
/// all the mentions classified in it: tokenising again per mention was most of the assertion stage's allocations.
/// </summary>
public sealed class AssertionSentence(string text)
{
    private IReadOnlyList<ContextToken>? _tokens;

    /// <summary>The sentence.</summary>
    public string Text { get; } = text;

    internal IReadOnlyList<ContextToken> Tokens => _tokens ??= ContextTokenizer.Tokenize(Text);
}
