using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Indexing.Generations;

/// <summary>
/// Written as generation.json beside the Lucene files of a generation: what it was built from, so a start-up can
/// decide to reuse it (same fingerprint and schema) and ListCodeSystems can say exactly what is served.
/// </summary>
public sealed record GenerationInfo
{
    public required int SchemaVersion { get; init; }
    public required string Generation { get; init; }
    /// <summary>Combined fingerprint of the source files (and options) it was built from.</summary>
    public required string SourceFingerprint { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }
    /// <summary>True when built from the bundled sample fixtures.</summary>
    public required bool Sample { get; init; }
    public required IReadOnlyList<LoadedRelease> Releases { get; init; }
    public IReadOnlyList<DeletedCode> Deleted { get; init; } = [];
    /// <summary>Reference files (Tabular List, indexes, tables) applied to the ICD-10-CM release.</summary>
    public IReadOnlyList<Core.Reference.ReferenceSourceInfo> ReferenceSources { get; init; } = [];
    /// <summary>Documents in the Lucene index; checked on open.</summary>
    public required int DocumentCount { get; init; }
}
