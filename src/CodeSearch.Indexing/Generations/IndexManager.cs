using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Indexing.Build;
using CodeSearch.Indexing.Search;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Indexing.Generations;

/// <summary>
/// Opens the current generation when it was built from the same sources and schema, otherwise imports and builds a
/// new one. A generation that fails to open (corrupt, half-written, other schema) is never served: it is rebuilt.
/// When the build itself fails (bad source files), the last good generation keeps being served if there is one.
/// With <paramref name="early"/>, the current generation's open may already have begun (the server's start-up).
/// </summary>
public sealed partial class IndexManager(IndexGenerationStore store, IndexBuilder builder, ILogger<IndexManager> logger,
    EarlyGenerationOpen? early = null)
{
    /// <summary>The opened index and whether it was rebuilt.</summary>
    public sealed record Opened(LuceneCodeIndex Index, bool Rebuilt, string? BuildError);

    /// <summary>The fingerprint a generation built from <paramref name="sources"/> records (sources plus schema version).</summary>
    public static string FingerprintOf(SourceSet sources) => $"s{LuceneSchema.SchemaVersion}-{sources.Fingerprint}";

    /// <summary>True when <paramref name="info"/> describes a generation built from exactly these sources.</summary>
    public static bool IsBuiltFrom(GenerationInfo info, SourceSet sources) =>
        info.SourceFingerprint == FingerprintOf(sources) && info.Sample == sources.Sample;

    /// <param name="sources">What to serve.</param>
    /// <param name="cancellationToken">Stops an import or build between documents.</param>
    /// <param name="keep">Generation folders not to delete although CURRENT no longer names them (one still being served).</param>
    public Opened OpenOrBuild(SourceSet sources, CancellationToken cancellationToken = default, params string?[] keep) =>
        OpenOrBuild(sources, null, cancellationToken, keep);

    /// <summary>
    /// As <see cref="OpenOrBuild(SourceSet, CancellationToken, string?[])"/>; when the current generation opens but
    /// was built from other sources, it is first handed to <paramref name="serveMeanwhile"/> (which then owns it and
    /// serves it while the new one builds: a restart after a source change is not left with nothing to serve). Its
    /// folder is kept. On a failed build the result is that same instance, with the error.
    /// </summary>
    public Opened OpenOrBuild(SourceSet sources, Action<LuceneCodeIndex>? serveMeanwhile, CancellationToken cancellationToken, params string?[] keep)
    {
        var fingerprint = FingerprintOf(sources);
        var existing = TryOpenCurrent();
        if (existing is not null && IsBuiltFrom(existing.Info, sources))
        {
            LogReused(logger, existing.Generation);
            store.CleanUp(keep);
            return new Opened(existing, false, null);
        }
        var handedOver = false;
        if (existing is not null && serveMeanwhile is not null)
        {
            LogServingMeanwhile(logger, existing.Generation);
            serveMeanwhile(existing);
            handedOver = true;
            keep = [.. keep, store.CurrentDirectory()];
        }
        try
        {
            var releases = sources.Import(cancellationToken);
            var reference = sources.ImportReference?.Invoke(releases, cancellationToken);
            var (directory, _) = builder.Build(releases, reference, fingerprint, sources.Sample, cancellationToken);
            var fresh = LuceneCodeIndex.Open(directory);
            if (!handedOver) existing?.Dispose();
            store.CleanUp(keep);
            return new Opened(fresh, true, null);
        }
        catch (Exception ex) when (existing is not null && ex is not OperationCanceledException)
        {
            LogKeptOld(logger, existing.Generation, ex.Message);
            return new Opened(existing, false, ex.Message);
        }
    }

    private LuceneCodeIndex? TryOpenCurrent()
    {
        var current = store.CurrentDirectory();
        if (current is null) return null;
        try
        {
            return early?.Take(current) ?? LuceneCodeIndex.Open(current);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever makes a generation unreadable (truncated or corrupt files, other schema), it is rebuilt, never served.
            LogCorrupt(logger, current, ex.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Reusing index generation {Generation}: sources unchanged")]
    private static partial void LogReused(ILogger logger, string generation);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Index generation at {Directory} cannot be opened and will be rebuilt: {Reason}")]
    private static partial void LogCorrupt(ILogger logger, string directory, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Sources changed: serving the last good generation {Generation} while the new one builds")]
    private static partial void LogServingMeanwhile(ILogger logger, string generation);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "Rebuilding the index failed; still serving generation {Generation}. Cause: {Reason}")]
    private static partial void LogKeptOld(ILogger logger, string generation, string reason);
}
