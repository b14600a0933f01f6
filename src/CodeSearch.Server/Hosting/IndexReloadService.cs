using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Polls the source directory every <see cref="DataOptions.ReloadIntervalSeconds"/> (after the start-up has finished)
/// and lets <see cref="IndexReloader"/> build and swap in a new generation when release files changed or appeared.
/// </summary>
internal sealed partial class IndexReloadService(
    IOptions<DataOptions> options,
    IndexReloader reloader,
    IndexStartupState state,
    TimeProvider timeProvider,
    ILogger<IndexReloadService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.ReloadIntervalSeconds;
        if (seconds == 0) return;
        try
        {
            await state.Finished.WaitAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), timeProvider);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await reloader.CheckNowAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogCheckFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 1206, Level = LogLevel.Error, Message = "Checking the source files for changes failed; will try again")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
