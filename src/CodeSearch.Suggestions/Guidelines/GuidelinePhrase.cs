namespace CodeSearch.Suggestions.Guidelines;

/// <summary>One row of Data/guideline-phrases.tsv: every stem must be in the sentence for the (undotted ICD-10-CM)
/// code to be a candidate.</summary>
/// <param name="Stems">Stems of the phrase's words, stop words dropped.</param>
/// <param name="Code">Undotted ICD-10-CM code.</param>
/// <param name="Text">The phrase as written (for the rationale).</param>
public sealed record GuidelinePhrase(string[] Stems, string Code, string Text);
