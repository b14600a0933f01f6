namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// The <see cref="Assertion"/> for a mention and what decided it: the <see cref="Trigger"/> in the sentence (null when
/// nothing in the sentence applied), and <see cref="FromSection"/> when the section kind decided it.
/// </summary>
public sealed record AssertionResult(AssertionKind Assertion, TriggerMatch? Trigger, bool FromSection);
