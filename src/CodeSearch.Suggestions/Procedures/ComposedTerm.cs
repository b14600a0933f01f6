namespace CodeSearch.Suggestions.Procedures;

/// <summary>A procedure wording built from its parts: every stem must be in a sentence for the code to be a candidate.</summary>
/// <param name="Stems">Stems of the operation, body part and (optionally) approach words.</param>
/// <param name="Code">The ICD-10-PCS code the wording stands for (<see cref="PcsTables.Pick"/>).</param>
/// <param name="Text">How it was built, for the rationale ("biopsy + liver").</param>
public sealed record ComposedTerm(string[] Stems, string Code, string Text);
