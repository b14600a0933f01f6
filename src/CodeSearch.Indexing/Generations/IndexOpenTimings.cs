namespace CodeSearch.Indexing.Generations;

/// <summary>How long each part of opening a generation took (the server logs them at start-up). The checksums and the
/// reference material load on their own threads while the catalog loads on the caller's.</summary>
/// <param name="LuceneReader">The Lucene reader opened (segment headers, terms index).</param>
/// <param name="Checksums">Every Lucene file checksummed.</param>
/// <param name="Catalog">catalog.bin read and the codes mapped to documents and releases.</param>
/// <param name="Reference">reference.bin read and the entry index opened.</param>
public sealed record IndexOpenTimings(TimeSpan LuceneReader, TimeSpan Checksums, TimeSpan Catalog, TimeSpan Reference)
{
    /// <summary>CPU time of the checksums' thread; null where the platform has no thread clock (Linux has one).</summary>
    public TimeSpan? ChecksumsCpu { get; init; }

    /// <summary>CPU time of the catalog's thread (the release tables, built beside it on the pool, not counted).</summary>
    public TimeSpan? CatalogCpu { get; init; }

    /// <summary>CPU time of the reference material's thread.</summary>
    public TimeSpan? ReferenceCpu { get; init; }
}
