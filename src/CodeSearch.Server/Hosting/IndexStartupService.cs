using CodeSearch.Indexing.Generations;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Opens (or builds) the index in the background while the server already answers health as NOT_SERVING, with the
/// policy of <see cref="SourceChooser"/>. A corrupt or half-written generation is rebuilt, never served; when the
/// sources are bad, the last good generation is served and the problem reported. When the sources changed since the
/// last good generation, that generation is served while the new one builds.
/// </summary>
internal sealed partial class IndexStartupService(
    SourceChooser chooser,
    IndexManager manager,
    ServedIndexProvider served,
    IndexStartupState state,
    TimeProvider timeProvider,
    ILogger<IndexStartupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var choice = await chooser.ChooseAsync(startup: true, stoppingToken);
            if (choice.Sources is null)
            {
                state.Problem = choice.Refusal;
                LogRefused(logger, choice.Refusal!);
                return;
            }
            // After a source change, the last good generation answers while the new one builds.
            Indexing.Search.LuceneCodeIndex? meanwhile = null;
            var opened = manager.OpenOrBuild(choice.Sources, old => served.Publish(meanwhile = old), stoppingToken);
            if (!ReferenceEquals(opened.Index, meanwhile)) served.Publish(opened.Index);
            // Opening or building leaves hundreds of MB of garbage (import, JSON): return it to the OS once, now.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            if (opened.BuildError is not null) state.Problem = opened.BuildError;
            LogServing(logger, opened.Index.Generation, opened.Index.Releases.Count, opened.Rebuilt);
            WarnIfOutdated(opened.Index.Releases);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            state.Problem = ex.Message;
            LogFailed(logger, ex);
        }
        finally
        {
            state.MarkFinished();
        }
    }

    // Today's claims need the release in force today: say so when the newest loaded one has ended.
    private void WarnIfOutdated(IReadOnlyList<Core.Catalog.LoadedRelease> releases)
    {
        var today = DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        foreach (var newest in releases.GroupBy(r => r.Release.System).Select(g => g.MaxBy(r => r.Release.EffectiveDate)!.Release))
        {
            if (newest.EndDate is { } end && end < today) LogOutdated(logger, newest.DisplayName, end.ToString("yyyy-MM-dd"));
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "SERVING index generation {Generation} with {Releases} releases (rebuilt: {Rebuilt})")]
    private static partial void LogServing(ILogger logger, string generation, int releases, bool rebuilt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Critical, Message = "The index could not be opened or built; health stays NOT_SERVING")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "{Release} is the newest loaded release and ended {EndDate}: requests for today's dates of service get FAILED_PRECONDITION until the next release is loaded")]
    private static partial void LogOutdated(ILogger logger, string release, string endDate);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Critical, Message = "Not serving: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);
}
