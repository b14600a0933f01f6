using System.Diagnostics;
using CodeSearch.Server.Hosting;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Memory;

/// <summary>
/// Looks at the allocation rate every <see cref="MemoryOptions.IdleSeconds"/> and, once the server is quiet after its
/// heap grew (<see cref="IdleTrimPolicy"/>), runs one aggressive compacting collection: the heap's garbage and free
/// regions are returned to the system, so resident memory goes back near its idle level instead of staying at the
/// load's high-water mark until the next burst. The collection pauses the process (about 0.1-0.3 s for the full data).
/// It starts looking once the index start-up is over (which ends with a compaction of its own): a start-up on a busy
/// machine can allocate slowly enough to look quiet.
/// </summary>
internal sealed partial class IdleMemoryTrimmer(IOptions<MemoryOptions> options, IndexLifecycle lifecycle, TimeProvider time,
    ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.TrimWhenIdle) return;
        var policy = new IdleTrimPolicy(settings.IdleAllocationBytes, settings.TrimGrowthBytes);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IdleSeconds), time);
        try
        {
            await lifecycle.WaitForAsync(s => s.IsStarted, stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
                if (!policy.ShouldTrim(GC.GetTotalAllocatedBytes(precise: false), committed)) continue;
                var started = Stopwatch.GetTimestamp();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                NativeHeap.Trim();
                var after = GC.GetGCMemoryInfo().TotalCommittedBytes;
                policy.Trimmed(after);
                Trimmed(logger, committed >> 20, after >> 20, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 4970, Level = LogLevel.Information,
        Message = "Memory trimmed after load: GC committed {BeforeMiB} MiB -> {AfterMiB} MiB in {Milliseconds:F0} ms")]
    private static partial void Trimmed(ILogger logger, long beforeMiB, long afterMiB, double milliseconds);
}
