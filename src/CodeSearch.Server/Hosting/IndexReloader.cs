using System.Diagnostics;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;
using CodeSearch.Server.Caching;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Server.Hosting;

/// <summary>What one reload check did.</summary>
internal enum ReloadOutcome
{
    /// <summary>The sources are those of the served generation (or of a build that already failed).</summary>
    Unchanged,
    /// <summary>A new generation was built (or opened) and swapped in.</summary>
    Swapped,
    /// <summary>The new sources could not be imported or built; the served generation stays.</summary>
    Failed,
    /// <summary>The policy refuses the sources found (Production with missing files); the served generation stays.</summary>
    Refused,
}

/// <summary>
/// Checks whether the sources changed since the served generation was built and, if so, imports and builds a new
/// generation in the background, compiles its suggestion dictionaries, and swaps it in with
/// <see cref="ServedIndexProvider.Publish"/>. Requests never wait for a reload and never fail because of one: those
/// that started on the old generation finish on it; it is disposed, its dictionaries dropped and its folder
/// deleted once the last of them is done. Bad new files leave the served generation in place.
/// </summary>
internal sealed partial class IndexReloader
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SourceChooser _chooser;
    private readonly IndexManager _manager;
    private readonly IndexGenerationStore _store;
    private readonly ServedIndexProvider _served;
    private readonly SuggestionEngine _engine;
    private readonly ResponseCache _cache;
    private readonly IndexStartupState _state;
    private readonly ILogger<IndexReloader> _logger;
    private string? _failedFingerprint;
    private string? _lastRefusal;

    public IndexReloader(SourceChooser chooser, IndexManager manager, IndexGenerationStore store, ServedIndexProvider served,
        SuggestionEngine engine, ResponseCache cache, IndexStartupState state, ILogger<IndexReloader> logger)
    {
        (_chooser, _manager, _store, _served, _engine, _cache, _state, _logger) = (chooser, manager, store, served, engine, cache, state, logger);
        _served.GenerationReleased += OnReleased;
    }

    /// <summary>Checks the sources now (one check at a time) and swaps in a new generation when they changed.</summary>
    public async Task<ReloadOutcome> CheckNowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => CheckAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ReloadOutcome> CheckAsync(CancellationToken ct)
    {
        var choice = await _chooser.ChooseAsync(startup: false, ct);
        if (choice.Sources is not { } sources)
        {
            if (!_served.IsReady) _state.Problem = choice.Refusal;
            if (_lastRefusal != choice.Refusal) LogRefused(_logger, choice.Refusal!);
            _lastRefusal = choice.Refusal;
            return ReloadOutcome.Refused;
        }
        _lastRefusal = null;
        var served = ServedInfo();
        var fingerprint = IndexManager.FingerprintOf(sources);
        if (served is not null && IndexManager.IsBuiltFrom(served, sources)) return ReloadOutcome.Unchanged;
        if (fingerprint == _failedFingerprint) return ReloadOutcome.Unchanged;

        LogChanged(_logger, served?.Generation ?? "none");
        var started = Stopwatch.GetTimestamp();
        var keep = served is null ? null : Path.Combine(_store.Root, served.Generation);
        IndexManager.Opened opened;
        try
        {
            opened = _manager.OpenOrBuild(sources, ct, keep);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(fingerprint, ex.Message);
        }
        if (opened.BuildError is not null)
        {
            opened.Index.Dispose(); // a second reader on the generation already served (or an older one)
            return Failed(fingerprint, opened.BuildError);
        }
        try
        {
            _engine.Dictionaries.Warm(opened.Index);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWarmFailed(_logger, ex.GetType().Name); // the first SuggestCodes call builds them instead
        }
        var built = Stopwatch.GetElapsedTime(started);
        _served.Publish(opened.Index);
        _cache.Clear();
        _failedFingerprint = null;
        _state.Problem = null;
        LogSwapped(_logger, opened.Index.Generation, served?.Generation ?? "none", built.TotalMilliseconds);
        return ReloadOutcome.Swapped;
    }

    private GenerationInfo? ServedInfo()
    {
        using var lease = _served.Acquire();
        return (lease?.Index as LuceneCodeIndex)?.Info;
    }

    private ReloadOutcome Failed(string fingerprint, string reason)
    {
        // Not retried until the files change again: a bad file would otherwise be re-imported every interval.
        _failedFingerprint = fingerprint;
        _state.Problem = _served.IsReady ? $"Reload failed; still serving the previous generation. {reason}" : reason;
        LogFailed(_logger, reason);
        return ReloadOutcome.Failed;
    }

    private void OnReleased(string generation)
    {
        _engine.Dictionaries.Forget(generation);
        _ = DeleteReleasedAsync(generation);
    }

    // Under the gate: a clean-up during a build would delete the build folder.
    private async Task DeleteReleasedAsync(string generation)
    {
        await _gate.WaitAsync();
        try
        {
            _store.CleanUp(ServedInfo() is { } served ? Path.Combine(_store.Root, served.Generation) : null);
            LogReleased(_logger, generation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCleanUpFailed(_logger, generation, ex.Message);
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Source files changed since generation {Generation} was built: building a new generation in the background")]
    private static partial void LogChanged(ILogger logger, string generation);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "SERVING index generation {Generation} (replacing {Previous}); built and warmed in {Milliseconds:0} ms")]
    private static partial void LogSwapped(ILogger logger, string generation, string previous, double milliseconds);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Reload failed; still serving the previous generation. Cause: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Index generation {Generation} released by its last request, closed and deleted")]
    private static partial void LogReleased(ILogger logger, string generation);

    [LoggerMessage(EventId = 1207, Level = LogLevel.Warning, Message = "Released index generation {Generation} could not be deleted now ({Reason}); the next clean-up removes it")]
    private static partial void LogCleanUpFailed(ILogger logger, string generation, string reason);

    [LoggerMessage(EventId = 1208, Level = LogLevel.Warning, Message = "Suggestion dictionaries of the new generation could not be prepared ahead ({Error}); the first call builds them")]
    private static partial void LogWarmFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Warning, Message = "Reload refused: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);
}
