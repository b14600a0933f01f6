namespace CodeSearch.Core.Catalog;

/// <summary>A release being served, with what it holds and where it came from.</summary>
public sealed record LoadedRelease
{
    public required CodeRelease Release { get; init; }
    public required int CodeCount { get; init; }
    public required int BillableCount { get; init; }
    public required int HeaderCount { get; init; }
    public required int ModifierCount { get; init; }
    /// <summary>HCPCS: codes terminated before the release took effect.</summary>
    public required int TerminatedCount { get; init; }
    public required IReadOnlyList<SourceFileInfo> Sources { get; init; }
}
