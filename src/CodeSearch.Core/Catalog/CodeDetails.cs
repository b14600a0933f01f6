using CodeSearch.Core.Reference;

namespace CodeSearch.Core.Catalog;

/// <summary>A code with the release it came from, its place in the hierarchy and its reference material.</summary>
/// <param name="Code">The code.</param>
/// <param name="Release">The release that answered.</param>
/// <param name="Ancestors">Nearest first.</param>
/// <param name="Children">Direct children in official order.</param>
public sealed record CodeDetails(
    MedicalCode Code,
    LoadedRelease Release,
    IReadOnlyList<MedicalCode> Ancestors,
    IReadOnlyList<MedicalCode> Children)
{
    /// <summary>Tabular notes that apply: own, then inherited (ancestors nearest first, section, chapter).</summary>
    public IReadOnlyList<AppliedNote> Notes { get; init; } = [];
    /// <summary>7th-character choices that apply.</summary>
    public IReadOnlyList<SevenCharacterOption> SevenCharacters { get; init; } = [];
    /// <summary>Index and table entries that lead to the code.</summary>
    public IReadOnlyList<AlphabeticIndexEntry> IndexEntries { get; init; } = [];
}
