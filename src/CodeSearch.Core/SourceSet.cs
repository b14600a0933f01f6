using CodeSearch.Core.Reference;

namespace CodeSearch.Core;

/// <summary>
/// What an index generation is built from: a fingerprint computed without parsing (file checksums, release
/// identities, importer version) and the imports to run when no current generation has that fingerprint.
/// </summary>
/// <param name="Fingerprint">Hex fingerprint; the index schema version is added by the index manager (CodeSearch.Indexing).</param>
/// <param name="Sample">True for the bundled sample fixtures.</param>
/// <param name="Import">Reads the releases (only called when a build is needed).</param>
/// <param name="ImportReference">Reads the reference material (Tabular List, indexes, tables) for the releases read, if any.</param>
public sealed record SourceSet(
    string Fingerprint,
    bool Sample,
    Func<CancellationToken, IReadOnlyList<ImportedRelease>> Import,
    Func<IReadOnlyList<ImportedRelease>, CancellationToken, ImportedReference?>? ImportReference = null);
