using CodeSearch.Core;

namespace CodeSearch.Suggestions.Learned;

/// <summary>A phrase learned from train notes: its stems, the code it came with, and how reliably.</summary>
/// <param name="Stems">The phrase's stems in text order.</param>
/// <param name="System">Code system of <paramref name="Code"/>.</param>
/// <param name="Code">Undotted code.</param>
/// <param name="Support">Train notes holding the phrase and coded with the code.</param>
/// <param name="Precision">Support divided by the train notes holding the phrase.</param>
public sealed record LearnedTerm(string[] Stems, CodeSystemId System, string Code, int Support, float Precision);
