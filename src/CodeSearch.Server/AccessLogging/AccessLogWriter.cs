using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// Writes the queued access lines (<see cref="AccessLog.Call"/>, unchanged fields and event id) every
/// <see cref="AccessLogOptions.FlushIntervalMilliseconds"/>, in call order, and the rest on shutdown. Batching is what
/// makes the log cheap: one wake-up per interval instead of a formatting pass and a logger-thread wake-up inside every
/// call (docs/benchmarks.md, "Access log").
/// </summary>
internal sealed partial class AccessLogWriter(AccessLogQueue queue, ILoggerFactory loggers, IOptions<AccessLogOptions> options, TimeProvider time)
    : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger(AccessLog.Category);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.FlushIntervalMilliseconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Drain();
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Drain();
    }

    private void Drain()
    {
        while (queue.TryTake(out var e))
        {
            AccessLog.Call(_logger, e.Method.ToString(), e.Caller, e.Peer?.ToString() ?? "unknown", e.Status, e.ElapsedMs,
                e.RequestBytes, e.ResponseBytes, e.RequestMessages, e.ResponseMessages);
        }
        if (queue.TakeDropped() is var dropped and > 0) Dropped(_logger, dropped);
    }

    [LoggerMessage(EventId = 4710, Level = LogLevel.Warning,
        Message = "{Count} access-log lines dropped: more calls than CodeSearch:AccessLog:QueueCapacity within one flush interval")]
    private static partial void Dropped(ILogger logger, long count);
}
