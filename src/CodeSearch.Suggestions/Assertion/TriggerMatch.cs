namespace CodeSearch.Suggestions.Assertion;

/// <summary>A trigger found in a sentence: its span (<see cref="Start"/> inclusive, <see cref="End"/> exclusive) and row.</summary>
public sealed record TriggerMatch(int Start, int End, ContextTrigger Trigger);
