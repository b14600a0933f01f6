using CodeSearch.Core;

namespace CodeSearch.Suggestions.Learning;

/// <summary>A coded train note: its text and the codes coders assigned (undotted, upper case).</summary>
public sealed record TrainingNote(string Id, string Text, CodeSystemId System, IReadOnlyList<string> Codes);
