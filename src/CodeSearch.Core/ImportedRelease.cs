namespace CodeSearch.Core;

/// <summary>Everything one release contributes: its codes, its deletions and where they came from.</summary>
public sealed record ImportedRelease
{
    public required CodeRelease Release { get; init; }
    public required IReadOnlyList<MedicalCode> Codes { get; init; }
    public IReadOnlyList<DeletedCode> Deleted { get; init; } = [];
    public required IReadOnlyList<SourceFileInfo> Sources { get; init; }
}
