using CodeSearch.Core;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// Writes the code documents, already in rank order, as one segment whose document ids follow that order. Analysis
/// is most of a build's time and one <see cref="IndexWriter"/> thread cannot split it without interleaving document
/// ids, so the codes are cut into contiguous parts, one per processor (at most <see cref="MaxParts"/>), each analysed
/// on its own thread into its own folder; the parts are then merged, in order, into the generation with
/// <see cref="IndexWriter.AddIndexes(IndexReader[])"/>, which appends each reader's documents after the previous
/// one's. The merge replaces the ForceMerge a single writer needed anyway (its RAM buffer flushed several segments).
/// </summary>
internal static class RankedDocumentWriter
{
    public const int MaxParts = 4;

    // Large enough that a part flushes once: merging flushed segments is work the final merge does again.
    private const double PartRamBufferMb = 512;

    public static void Write(string buildDir, IReadOnlyList<MedicalCode> ranked, Func<MedicalCode, IReadOnlyList<string>> synonyms,
        CancellationToken cancellationToken)
    {
        var parts = Math.Clamp(Environment.ProcessorCount, 1, Math.Min(MaxParts, Math.Max(1, ranked.Count)));
        var folders = Enumerable.Range(0, parts).Select(i => Path.Combine(buildDir, $".part{i}")).ToArray();
        var tasks = new Task[parts];
        for (var i = 0; i < parts; i++)
        {
            var (part, from, to) = (i, (int)((long)ranked.Count * i / parts), (int)((long)ranked.Count * (i + 1) / parts));
            // Own threads, not the pool's: each runs for seconds and the caller blocks until all are done.
            tasks[i] = Task.Factory.StartNew(() => WritePart(folders[part], ranked, from, to, synonyms, cancellationToken),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        foreach (var task in tasks) WaitQuietly(task);
        foreach (var task in tasks) task.GetAwaiter().GetResult(); // the first part's failure, unwrapped

        using var directory = FSDirectory.Open(buildDir);
        using var writer = new IndexWriter(directory, Config(64));
        var readers = new List<DirectoryReader>();
        try
        {
            foreach (var folder in folders) readers.Add(DirectoryReader.Open(FSDirectory.Open(folder)));
            cancellationToken.ThrowIfCancellationRequested();
            writer.AddIndexes([.. readers]);
            writer.ForceMerge(1); // already one segment: a no-op kept as the guarantee the reader checks
            writer.Commit();
        }
        finally
        {
            foreach (var reader in readers)
            {
                var folder = ((FSDirectory)reader.Directory);
                reader.Dispose();
                folder.Dispose();
            }
            foreach (var folder in folders) TryDelete(folder);
        }
    }

    private static void WritePart(string folder, IReadOnlyList<MedicalCode> ranked, int from, int to,
        Func<MedicalCode, IReadOnlyList<string>> synonyms, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, Config(PartRamBufferMb));
        for (var ordinal = from; ordinal < to; ordinal++)
        {
            if ((ordinal & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            writer.AddDocument(CodeDocuments.ToDocument(ranked[ordinal], ordinal, synonyms(ranked[ordinal])));
        }
        writer.Commit();
    }

    private static IndexWriterConfig Config(double ramBufferMb) => new(LuceneSchema.Version, CodeSearchAnalyzers.ForIndexing())
    {
        OpenMode = OpenMode.CREATE,
        RAMBufferSizeMB = ramBufferMb,
        Similarity = LuceneSchema.Similarity,
        // Merges only adjacent segments, so a part's segments keep documents in rank order.
        MergePolicy = new LogByteSizeMergePolicy(),
    };

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    private static void TryDelete(string dir)
    {
        try { System.IO.Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }
}
