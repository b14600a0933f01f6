namespace CodeSearch.Core.Catalog;

/// <summary>A code with the release it came from and its place in the hierarchy.</summary>
/// <param name="Code">The code.</param>
/// <param name="Release">The release that answered.</param>
/// <param name="Ancestors">Nearest first.</param>
/// <param name="Children">Direct children in official order.</param>
public sealed record CodeDetails(
    MedicalCode Code,
    LoadedRelease Release,
    IReadOnlyList<MedicalCode> Ancestors,
    IReadOnlyList<MedicalCode> Children);
