using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Compiles the suggestion dictionaries (a few seconds for ICD-10-CM) as soon as an index generation is served, so
/// the first SuggestCodes call does not pay for it. Serving does not wait: a call that arrives earlier waits for the
/// same build.
/// </summary>
internal sealed partial class SuggestionWarmupService(ServedIndexProvider indexProvider, SuggestionEngine engine,
    ILogger<SuggestionWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? warmed = null;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                using var lease = indexProvider.Acquire();
                if (lease is null) continue;
                var index = lease.Index;
                if (index.Generation == warmed) continue;
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                engine.Dictionaries.Warm(index);
                var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
                // Building the dictionaries leaves tens of MB of garbage and large-object fragmentation behind: compact
                // and return it to the OS once, as start-up does after opening the index (idle RSS 362 -> 316 MiB).
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                warmed = index.Generation;
                LogWarmed(logger, index.Generation, elapsed.TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Suggestion dictionaries for {Generation} ready in {Milliseconds:0} ms")]
    private static partial void LogWarmed(ILogger logger, string generation, double milliseconds);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Warning, Message = "Suggestion dictionaries could not be prepared ahead ({Error}); the first call builds them")]
    private static partial void LogFailed(ILogger logger, string error);
}
