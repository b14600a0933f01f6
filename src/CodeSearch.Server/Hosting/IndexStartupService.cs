using CodeSearch.Importer.Fetching;
using CodeSearch.Importer.Manifest;
using CodeSearch.Indexing.Generations;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Opens (or builds) the index in the background while the server already answers health as NOT_SERVING.
/// Policy: official files from the source directory, downloading missing ones when allowed; outside Production,
/// with no official file at all, the bundled sample (logged loudly). Production never serves sample or partial data.
/// </summary>
internal sealed partial class IndexStartupService(
    IOptions<DataOptions> options,
    SourcePlan plan,
    IndexManager manager,
    ServedIndexProvider served,
    IndexStartupState state,
    IHostEnvironment environment,
    IHttpClientFactory httpClients,
    TimeProvider timeProvider,
    ILogger<IndexStartupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            var sources = await ChooseSourcesAsync(stoppingToken);
            if (sources is null) return;
            var opened = manager.OpenOrBuild(sources, stoppingToken);
            served.Publish(opened.Index);
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
    }

    private async Task<SourceSet?> ChooseSourcesAsync(CancellationToken ct)
    {
        var missing = plan.MissingOfficial();
        if (missing.Count > 0 && options.Value.DownloadMissing) missing = await TryDownloadAsync(ct);
        var production = environment.IsProduction();
        if (missing.Count == plan.OfficialManifest.Releases.Count)
        {
            if (production) return Refuse($"No official release files in {plan.SourceDirectory}; Production never serves the sample. Run 'codesearch fetch' or set CodeSearch__Data__SourceDirectory.");
            LogSample(logger, plan.SourceDirectory, plan.SampleDirectory);
            return plan.Sample();
        }
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(m => m.Label));
            if (production) return Refuse($"Partial data: missing {names} in {plan.SourceDirectory}; Production never serves partial data.");
            LogPartial(logger, names);
        }
        return plan.Official();
    }

    private async Task<IReadOnlyList<ManifestRelease>> TryDownloadAsync(CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var fetcher = new SourceFetcher(httpClients.CreateClient("official-sources"));
        foreach (var release in plan.MissingOfficial())
        {
            try
            {
                await fetcher.FetchAsync(release, plan.SourceDirectory, timeout.Token);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or Core.Errors.SourceDataException)
            {
                LogDownloadFailed(logger, release.Label, ex.Message);
                if (ex is HttpRequestException or TaskCanceledException) break; // offline: don't try the others
            }
        }
        return plan.MissingOfficial();
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

    private SourceSet? Refuse(string problem)
    {
        state.Problem = problem;
        LogRefused(logger, problem);
        return null;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "SERVING index generation {Generation} with {Releases} releases (rebuilt: {Rebuilt})")]
    private static partial void LogServing(ILogger logger, string generation, int releases, bool rebuilt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Critical, Message = "The index could not be opened or built; health stays NOT_SERVING")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "*** SAMPLE DATA *** No official release files in {SourceDirectory}: serving the small hand-written sample from {SampleDirectory}. Not for coding real claims. Run 'codesearch fetch' or point CodeSearch__Data__SourceDirectory at a mirror.")]
    private static partial void LogSample(ILogger logger, string sourceDirectory, string sampleDirectory);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "PARTIAL DATA: serving without {Missing} (files missing); Production would refuse this")]
    private static partial void LogPartial(ILogger logger, string missing);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Could not download {Release}: {Reason}")]
    private static partial void LogDownloadFailed(ILogger logger, string release, string reason);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "{Release} is the newest loaded release and ended {EndDate}: requests for today's dates of service get FAILED_PRECONDITION until the next release is loaded")]
    private static partial void LogOutdated(ILogger logger, string release, string endDate);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Critical, Message = "Not serving: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);
}
