namespace CodeSearch.Importer.Tabular;

/// <summary>A 7-character code built from a tabular diag and a 7th character it takes.</summary>
/// <param name="Code">Undotted, 7 characters, e.g. "S72001A", "T391X1A", "S322XXA".</param>
/// <param name="Description">The diag's description, ", ", then the 7th character's meaning.</param>
/// <param name="SourceId">Id of the diag it was built from, e.g. "S72001".</param>
public sealed record SevenCharacterCode(string Code, string Description, string SourceId);
