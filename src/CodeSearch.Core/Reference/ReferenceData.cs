namespace CodeSearch.Core.Reference;

/// <summary>
/// The coder's reference material served with an index generation: the Tabular List (notes, inclusion terms,
/// 7th characters) and the index entries (Alphabetic Index, Neoplasm and Drug tables, External Cause index), with
/// each entry's <c>see</c> reference resolved to the entry it points at where possible.
/// </summary>
public sealed record ReferenceData
{
    /// <summary>The code release the material is applied to, e.g. "FY2026".</summary>
    public required string TargetReleaseId { get; init; }
    public TabularList? Tabular { get; init; }
    public IReadOnlyList<AlphabeticIndexEntry> Entries { get; init; } = [];
    /// <summary>For each entry (same position), the position of the entry its <c>see</c> points at, or -1.</summary>
    public IReadOnlyList<int> SeeTargets { get; init; } = [];

    /// <summary>No reference material.</summary>
    public static ReferenceData Empty(string targetReleaseId) => new() { TargetReleaseId = targetReleaseId };
}
