namespace CodeSearch.Core.Reference;

/// <summary>A 7th-character choice for a code: the character, its meaning, the full code when it exists, and where the definition is printed.</summary>
public sealed record SevenCharacterOption(char Character, string Description, string? Code, string SourceId, string FromRelease);
