using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Storage;

/// <summary>
/// Checks the checksum of every Lucene file of an index folder through buffered file reads (<see cref="NIOFSDirectory"/>),
/// not through the memory map the searcher reads: a check through the map touched every page of every file, so the
/// whole index (about 28 MiB on the full data, the postings file alone 19 MiB) stayed in the server's resident memory
/// although an idle server reads none of it (docs/operations.md#memory). The folder's files are immutable once
/// published, so the check's reader sees the same commit as the searcher's.
/// </summary>
public static class LuceneIntegrity
{
    /// <summary>
    /// Throws <see cref="CorruptIndexException"/> or <see cref="IOException"/> (as Lucene's own
    /// <c>CheckIntegrity</c>) when a file of the folder's current commit fails its checksum or is truncated.
    /// </summary>
    public static void Check(string indexDirectory)
    {
        using var files = new NIOFSDirectory(indexDirectory);
        using var reader = DirectoryReader.Open(files);
        foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
    }
}
