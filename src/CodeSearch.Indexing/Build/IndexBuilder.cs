using System.Diagnostics;
using CodeSearch.Core;
using CodeSearch.Indexing.Analysis;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Reference;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// Builds one index generation from imported releases: writes every code as a document into a fresh build folder,
/// merges to a single segment (the generation is read-only from then on), writes generation.json and publishes it.
/// </summary>
public sealed partial class IndexBuilder(IndexGenerationStore store, TimeProvider timeProvider, ILogger<IndexBuilder> logger)
{
    /// <summary>Builds and publishes a generation without reference material.</summary>
    public (string Directory, GenerationInfo Info) Build(
        IReadOnlyList<ImportedRelease> releases, string sourceFingerprint, bool sample, CancellationToken cancellationToken = default) =>
        Build(releases, null, sourceFingerprint, sample, cancellationToken);

    /// <summary>Builds and publishes a generation; returns its folder and description.</summary>
    public (string Directory, GenerationInfo Info) Build(
        IReadOnlyList<ImportedRelease> releases, ImportedReference? reference, string sourceFingerprint, bool sample,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var buildDir = store.CreateBuildDirectory();
        LogBuildStarted(logger, releases.Count, releases.Sum(r => r.Codes.Count), reference?.Data.Entries.Count ?? 0);
        try
        {
            // The reference files share nothing with the code documents: they are written on their own thread meanwhile.
            var referenceWritten = reference is null ? Task.CompletedTask : Task.Factory.StartNew(() =>
            {
                var started = Stopwatch.GetTimestamp();
                ReferenceFile.Write(buildDir, reference.Data);
                EntryIndexWriter.Write(buildDir, reference.Data.Entries, cancellationToken);
                LogStage(logger, "reference written", reference.Data.Entries.Count, "index entries", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            int count;
            try
            {
                count = WriteDocuments(buildDir, releases, reference?.Data, cancellationToken);
            }
            finally
            {
                // Never leave it writing into a folder that is about to be deleted.
                ((IAsyncResult)referenceWritten).AsyncWaitHandle.WaitOne();
            }
            referenceWritten.GetAwaiter().GetResult();
            var now = timeProvider.GetUtcNow();
            // The random part keeps two builds of the same sources in the same second from sharing a folder.
            var generation = $"gen-{now:yyyyMMdd-HHmmss}-{sourceFingerprint[..Math.Min(12, sourceFingerprint.Length)]}-{Guid.NewGuid():N}"[..48];
            var info = new GenerationInfo
            {
                SchemaVersion = LuceneSchema.SchemaVersion,
                Generation = generation,
                SourceFingerprint = sourceFingerprint,
                CreatedUtc = now,
                Sample = sample,
                Releases = releases.Select(ReleaseStatistics.Of).ToList(),
                Deleted = releases.SelectMany(r => r.Deleted).ToList(),
                ReferenceSources = reference?.Sources ?? [],
                DocumentCount = count,
            };
            GenerationInfoFile.Write(buildDir, info);
            var published = store.Publish(buildDir, generation);
            LogBuilt(logger, generation, count, stopwatch.ElapsedMilliseconds);
            return (published, info);
        }
        catch
        {
            TryDelete(buildDir);
            throw;
        }
    }

    private int WriteDocuments(string buildDir, IReadOnlyList<ImportedRelease> releases, ReferenceData? reference, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var synonyms = SynonymSource.For(releases, reference);
        var catalog = RankOrder.Sort(releases.SelectMany(r => r.Codes)).ToList();
        LogStage(logger, "synonyms and rank order", catalog.Count, "codes", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        started = Stopwatch.GetTimestamp();
        RankedDocumentWriter.Write(buildDir, catalog, synonyms, cancellationToken);
        LogStage(logger, "documents written and merged", catalog.Count, "documents", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var release in releases) LogReleaseIndexed(logger, release.Release.DisplayName, release.Codes.Count);
        started = Stopwatch.GetTimestamp();
        CatalogFile.Write(buildDir, catalog);
        LogStage(logger, "catalog written", catalog.Count, "codes", (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return catalog.Count;
    }

    private static void TryDelete(string dir)
    {
        try { System.IO.Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Indexed {Release}: {Count} documents")]
    private static partial void LogReleaseIndexed(ILogger logger, string release, int count);

    [LoggerMessage(EventId = 4410, Level = LogLevel.Information, Message = "Building an index generation: {Releases} releases, {Codes} codes, {Entries} reference index entries")]
    private static partial void LogBuildStarted(ILogger logger, int releases, int codes, int entries);

    [LoggerMessage(EventId = 4411, Level = LogLevel.Information, Message = "Index build: {Stage}: {Count} {Unit} in {ElapsedMs} ms")]
    private static partial void LogStage(ILogger logger, string stage, int count, string unit, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Built index generation {Generation}: {Count} documents in {ElapsedMs} ms")]
    private static partial void LogBuilt(ILogger logger, string generation, int count, long elapsedMs);
}
