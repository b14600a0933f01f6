using System.Diagnostics;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;
using Log = CodeSearch.Server.Hosting.IndexLifecycleLog;

namespace CodeSearch.Server.Hosting;

/// <summary>What one reload check did.</summary>
public enum ReloadOutcome
{
    /// <summary>The sources are those of the served generation (or of a build that already failed).</summary>
    Unchanged,
    /// <summary>A new generation was built (or opened), warmed and swapped in.</summary>
    Swapped,
    /// <summary>The new sources could not be imported or built; the served generation stays.</summary>
    Failed,
    /// <summary>The policy refuses the sources found (Production with missing files); the served generation stays.</summary>
    Refused,
}

/// <summary>
/// The one life cycle of the served index: start-up, reloads, warm-up and the release of replaced generations, with
/// its state in one immutable <see cref="IndexStatus"/>. The start-up (a rolling restart) and a reload take the same
/// path: choose the sources, open or build a generation, warm its suggestion dictionaries, swap it in with
/// <see cref="ServedIndexProvider.Publish"/>; the replaced generation is closed, its dictionaries dropped and its
/// folder deleted once its last lease ends. Health is SERVING from the first swap on, so a replica takes traffic only
/// when it answers every call at full speed. Requests never wait for a reload and never fail because of one; bad new
/// files leave the served generation in place. One step runs at a time (start-up, a reload, a clean-up).
/// </summary>
public sealed class IndexLifecycle : BackgroundService, IHostedLifecycleService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _startupLock = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _startup;
    private readonly Lock _statusLock = new();
    private readonly IGenerationSteps _steps;
    private readonly ServedIndexProvider _served;
    private readonly int _reloadSeconds;
    private readonly bool _warmBeforeServing;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly StartupTimeline? _timeline;
    private readonly IHostApplicationLifetime? _lifetime;
    private IndexStatus _status;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _failedFingerprint;
    private string? _lastRefusal;

    internal IndexLifecycle(IGenerationSteps steps, ServedIndexProvider served, IOptions<DataOptions> options, TimeProvider time,
        ILogger<IndexLifecycle> logger, StartupTimeline? timeline = null, IHostApplicationLifetime? lifetime = null)
    {
        (_steps, _served, _time, _logger, _timeline, _lifetime) = (steps, served, time, logger, timeline, lifetime);
        (_reloadSeconds, _warmBeforeServing) = (options.Value.ReloadIntervalSeconds, options.Value.WarmBeforeServing);
        _status = IndexStatus.Initial(time.GetUtcNow());
        _served.GenerationReleased += OnReleased;
    }

    /// <summary>The life cycle now.</summary>
    public IndexStatus Status => Volatile.Read(ref _status);

    /// <summary>Raised with every new status, in order, on the thread that changed it (tests record the phases).</summary>
    internal event Action<IndexStatus>? Changed;

    /// <summary>Completes with the first status that satisfies <paramref name="condition"/> (at once if the present one does).</summary>
    public async Task<IndexStatus> WaitForAsync(Func<IndexStatus, bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            IndexStatus status;
            lock (_statusLock) (changed, status) = (_changed.Task, _status);
            if (condition(status)) return status;
            await changed.WaitAsync(cancellationToken);
        }
    }

    // The start-up begins when the host begins starting its services, before any of them (Kestrel's included) has
    // started: the generation opens on its own threads while Kestrel binds and the pipeline is built, and health
    // answers NOT_SERVING meanwhile.
    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken)
    {
        BeginStartup();
        return Task.CompletedTask;
    }

    Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The one start-up task, begun by whichever comes first: the app being mapped (IndexLifecycleRegistration), the
    // host's StartingAsync or ExecuteAsync.
    internal Task BeginStartup()
    {
        lock (_startupLock) return _startup ??= StartupAsync(_stopping.Token);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // the host goes on starting (health answers NOT_SERVING) while the index opens
        try
        {
            using (stoppingToken.Register(_stopping.Cancel)) await BeginStartup().WaitAsync(stoppingToken);
            if (_reloadSeconds == 0) return;
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_reloadSeconds), _time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await ReloadNowAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.CheckFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The start-up: serves the generation of the chosen sources, opened or built and warmed. When the sources changed
    /// since the last good generation, that one is warmed and served while the new one builds.
    /// </summary>
    internal async Task StartupAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await Task.Run(() => Startup(ct), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Settle(IndexErrorKind.Unexpected, ex.Message);
            Log.StartupFailed(_logger, ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task Startup(CancellationToken ct)
    {
        var mark = _timeline?.Mark();
        var choice = await _steps.ChooseAsync(startup: true, ct);
        Timed(StartupStep.Sources, ref mark);
        if (choice.Sources is not { } sources)
        {
            Settle(IndexErrorKind.Refused, choice.Refusal);
            Log.StartupRefused(_logger, choice.Refusal!);
            return;
        }
        Update(s => s with { Phase = IndexPhase.Building });
        ICodeIndex? meanwhile = null;
        OpenedGeneration opened;
        try
        {
            opened = _steps.OpenOrBuild(sources, served: null, old => WarmAndSwap(meanwhile = old, rebuilding: true), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Settle(IndexErrorKind.BuildFailed, ex.Message);
            Log.StartupFailed(_logger, ex);
            return;
        }
        Timed(StartupStep.Open, ref mark);
        if (opened.Timings is { } parts && _timeline is not null)
        {
            _timeline.Step(StartupStep.LuceneReader, parts.LuceneReader, null);
            _timeline.Step(StartupStep.Catalog, parts.Catalog, parts.CatalogCpu);
            _timeline.Step(StartupStep.Checksums, parts.Checksums, parts.ChecksumsCpu);
            _timeline.Step(StartupStep.Reference, parts.Reference, parts.ReferenceCpu);
        }
        if (!ReferenceEquals(opened.Index, meanwhile)) WarmAndSwap(opened.Index, rebuilding: false);
        mark = _timeline?.Mark();
        // Opening or building and warming leave hundreds of MB of garbage (import, JSON, dictionary building) and
        // large-object fragmentation: compact and return it to the OS once, now.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Memory.NativeHeap.Trim(); // and the native memory the start-up freed (the JIT's, buffers)
        Timed(StartupStep.Compaction, ref mark);
        _timeline?.Complete();
        if (opened.BuildError is not null) Settle(IndexErrorKind.BuildFailed, opened.BuildError);
        else Settle(IndexErrorKind.None, null);
        Log.Serving(_logger, opened.Index.Generation, opened.Index.Releases.Count, opened.Rebuilt);
        WarnIfOutdated(opened.Index.Releases);
    }

    /// <summary>Checks the sources now (one check at a time) and swaps in a new generation when they changed.</summary>
    public async Task<ReloadOutcome> ReloadNowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(() => ReloadAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ReloadOutcome> ReloadAsync(CancellationToken ct)
    {
        var choice = await _steps.ChooseAsync(startup: false, ct);
        if (choice.Sources is not { } sources)
        {
            if (_lastRefusal != choice.Refusal) Log.ReloadRefused(_logger, choice.Refusal!);
            _lastRefusal = choice.Refusal;
            Settle(IndexErrorKind.Refused, _served.IsReady ? $"Reload refused; still serving the previous generation. {choice.Refusal}" : choice.Refusal);
            return ReloadOutcome.Refused;
        }
        _lastRefusal = null;
        var served = ServedIndex();
        if (served is not null && _steps.IsBuiltFrom(served, sources)) return ReloadOutcome.Unchanged;
        var fingerprint = _steps.FingerprintOf(sources);
        if (fingerprint == _failedFingerprint) return ReloadOutcome.Unchanged;

        Log.Changed(_logger, served?.Generation ?? "none");
        var started = Stopwatch.GetTimestamp();
        Update(s => s with { Phase = served is null ? IndexPhase.Building : IndexPhase.Reloading });
        try
        {
            var opened = _steps.OpenOrBuild(sources, served, serveMeanwhile: null, ct);
            if (opened.BuildError is not null)
            {
                (opened.Index as IDisposable)?.Dispose(); // a second reader on the generation already served (or an older one)
                return Failed(fingerprint, opened.BuildError);
            }
            WarmAndSwap(opened.Index, rebuilding: false);
            _failedFingerprint = null;
            Settle(IndexErrorKind.None, null);
            Log.Swapped(_logger, opened.Index.Generation, served?.Generation ?? "none", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return ReloadOutcome.Swapped;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(fingerprint, ex.Message);
        }
        finally
        {
            // Cancelled (shutdown) half-way: the phase says what is served, not a build that stopped.
            if (Status.Phase is IndexPhase.Building or IndexPhase.Reloading or IndexPhase.Warming) Settle(Status.LastError, Status.Problem);
        }
    }

    // The one path from an open generation to serving it: warm (the first call must not pay for the dictionaries),
    // then swap. While nothing is served yet the phase is Warming (health NOT_SERVING); otherwise Reloading. With
    // WarmBeforeServing off, a first generation is swapped in first and warmed while it serves.
    private void WarmAndSwap(ICodeIndex index, bool rebuilding)
    {
        if (!_served.IsReady && !_warmBeforeServing)
        {
            Swap(index, rebuilding);
            WaitForHostStarted();
            Warm(index);
            return;
        }
        if (!_served.IsReady)
        {
            Update(s => s with { Phase = IndexPhase.Warming });
            Log.Warming(_logger, index.Generation);
        }
        Warm(index);
        Swap(index, rebuilding);
    }

    // When the generation opened before the host finished starting (Kestrel binding, the gRPC routes), the warm-up's
    // seconds of CPU would take a core from the host's start, and no call can reach the server until it has started:
    // the warm-up begins once it has (or the host stops). Health answers SERVING from the first call it can answer.
    private void WaitForHostStarted()
    {
        if (_lifetime is null || _lifetime.ApplicationStarted.IsCancellationRequested) return;
        WaitHandle.WaitAny([_lifetime.ApplicationStarted.WaitHandle, _lifetime.ApplicationStopping.WaitHandle, _stopping.Token.WaitHandle]);
    }

    private void Warm(ICodeIndex index)
    {
        var started = Stopwatch.GetTimestamp();
        var mark = _timeline?.Mark();
        try
        {
            _steps.Warm(index);
            Log.Warmed(_logger, index.Generation, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Timed(StartupStep.Warm, ref mark);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.WarmFailed(_logger, ex.GetType().Name); // the first SuggestCodes call builds them instead
        }
    }

    private void Swap(ICodeIndex index, bool rebuilding)
    {
        var previous = ServedIndex()?.Generation;
        _served.Publish(index);
        if (previous is null) _timeline?.Serving();
        _steps.Swapped(index);
        Update(s => s with
        {
            Phase = rebuilding ? IndexPhase.Reloading : s.Phase,
            Generation = index.Generation,
            Releases = index.Releases.Select(r => r.Release).ToList(),
            Draining = previous is null || s.Draining.Contains(previous) ? s.Draining : [.. s.Draining, previous],
        });
    }

    // Logs a start-up step from mark to now and moves the mark on (no-op without a timeline, i.e. in tests).
    private void Timed(StartupStep step, ref StartupMark? mark)
    {
        if (_timeline is null || mark is not { } since) return;
        _timeline.Step(step, since);
        mark = _timeline.Mark();
    }

    private ReloadOutcome Failed(string fingerprint, string reason)
    {
        // Not retried until the files change again: a bad file would otherwise be re-imported every interval.
        _failedFingerprint = fingerprint;
        Settle(IndexErrorKind.BuildFailed, _served.IsReady ? $"Reload failed; still serving the previous generation. {reason}" : reason);
        Log.ReloadFailed(_logger, reason);
        return ReloadOutcome.Failed;
    }

    // Ends a step: Serving when a generation is served, else Failed (or still Starting when nothing went wrong).
    private void Settle(IndexErrorKind error, string? problem) => Update(s => s with
    {
        Phase = _served.IsReady ? IndexPhase.Serving : error == IndexErrorKind.None ? IndexPhase.Starting : IndexPhase.Failed,
        LastError = error,
        Problem = problem,
    });

    private ICodeIndex? ServedIndex()
    {
        using var lease = _served.Acquire();
        return lease?.Index;
    }

    // On a thread-pool thread, once the last lease on a replaced generation has ended and it was disposed.
    private void OnReleased(string generation)
    {
        _steps.Forget(generation);
        _ = CleanUpAsync(generation);
    }

    // Under the gate: a clean-up during a build would delete the build folder.
    private async Task CleanUpAsync(string generation)
    {
        await _gate.WaitAsync();
        try
        {
            _steps.CleanUp(ServedIndex());
            Log.Released(_logger, generation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.CleanUpFailed(_logger, generation, ex.Message);
        }
        finally
        {
            Update(s => s with { Draining = s.Draining.Where(g => g != generation).ToList() });
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        _stopping.Cancel(); // not disposed: a late stopping-token callback may still cancel it
        base.Dispose();
    }

    private void Update(Func<IndexStatus, IndexStatus> change)
    {
        TaskCompletionSource changed;
        IndexStatus next;
        lock (_statusLock)
        {
            // Under the lock so that Changed sees the statuses in the order they were set.
            var before = _status;
            next = change(before);
            if (next == before) return;
            if (next.Phase != before.Phase) next = next with { Since = _time.GetUtcNow() };
            Volatile.Write(ref _status, next);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Changed?.Invoke(next);
        }
        changed.TrySetResult();
        Log.PhaseChanged(_logger, next.Phase, next.Generation ?? "none", next.LastError);
    }

    // Today's claims need the release in force today: say so when the newest loaded one has ended.
    private void WarnIfOutdated(IReadOnlyList<LoadedRelease> releases)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        foreach (var newest in releases.GroupBy(r => r.Release.System).Select(g => g.MaxBy(r => r.Release.EffectiveDate)!.Release))
        {
            if (newest.EndDate is { } end && end < today) Log.Outdated(_logger, newest.DisplayName, end.ToString("yyyy-MM-dd"));
        }
    }
}
