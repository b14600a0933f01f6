using CodeSearch.Server.Hosting;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>
/// The index life cycle's states, with fake steps and a fake clock: start-up (open, warm, then serve), refusal and
/// failure, a reload swap, a failed reload keeping the old generation, and the release of a replaced generation only
/// once its last lease ends.
/// </summary>
public sealed class IndexLifecycleTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FakeGenerationSteps _steps = new();
    private readonly ServedIndexProvider _served = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _served.Dispose();

    [Fact]
    public async Task Startup_OpensAndWarms_ServedOnlyOnceWarm()
    {
        var lifecycle = Lifecycle();
        _steps.HoldWarmUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.Equal(IndexPhase.Starting, lifecycle.Status.Phase);

        var startup = lifecycle.StartupAsync(CancellationToken.None);
        var warming = await lifecycle.WaitForAsync(s => s.Phase == IndexPhase.Warming, Timeout());

        Assert.False(warming.IsServing);
        Assert.False(_served.IsReady);
        _time.Advance(TimeSpan.FromSeconds(3));
        _steps.HoldWarmUp.SetResult();
        await startup.WaitAsync(Wait);
        var status = lifecycle.Status;
        Assert.Equal(IndexPhase.Serving, status.Phase);
        Assert.Equal("gen-fp1", status.Generation);
        Assert.True(status.IsServing);
        Assert.Equal(IndexErrorKind.None, status.LastError);
        Assert.Null(status.Problem);
        Assert.Equal(_time.GetUtcNow(), status.Since);
        Assert.Equal(new[] { "gen-fp1" }, _steps.Warmed);
        Assert.Equal("gen-fp1", _served.Current.Generation);
    }

    [Fact]
    public async Task Startup_WarmBeforeServingOff_ServedFirstThenWarmed()
    {
        var lifecycle = Lifecycle(warmBeforeServing: false);
        _steps.HoldWarmUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var phases = Record(lifecycle);

        var startup = lifecycle.StartupAsync(CancellationToken.None);
        var serving = await lifecycle.WaitForAsync(s => s.IsServing, Timeout());

        Assert.Empty(_steps.Warmed); // served while the dictionaries are still being compiled
        Assert.Equal("gen-fp1", serving.Generation);
        _steps.HoldWarmUp.SetResult();
        await startup.WaitAsync(Wait);
        Assert.Equal(new[] { "gen-fp1" }, _steps.Warmed);
        Assert.Equal(IndexPhase.Serving, lifecycle.Status.Phase);
        Assert.DoesNotContain(phases(), s => s.Phase == IndexPhase.Warming);
    }

    [Fact]
    public async Task Startup_WarmBeforeServingOff_WarmsOnlyOnceTheHostHasStarted()
    {
        var lifetime = new HostLifetime();
        var lifecycle = new IndexLifecycle(_steps, _served, Microsoft.Extensions.Options.Options.Create(new DataOptions { WarmBeforeServing = false }),
            _time, NullLogger<IndexLifecycle>.Instance, lifetime: lifetime);

        var startup = lifecycle.StartupAsync(CancellationToken.None);
        var serving = await lifecycle.WaitForAsync(s => s.IsServing, Timeout());
        await Task.Delay(200);

        Assert.Equal("gen-fp1", serving.Generation);
        Assert.Empty(_steps.Warmed); // served, the warm-up waiting for the host's start
        Assert.False(startup.IsCompleted);
        lifetime.Started.Cancel();
        await startup.WaitAsync(Wait);
        Assert.Equal(new[] { "gen-fp1" }, _steps.Warmed);
    }

    [Fact]
    public async Task Startup_HostStoppingBeforeItStarted_StartupEnds()
    {
        var lifetime = new HostLifetime();
        var lifecycle = new IndexLifecycle(_steps, _served, Microsoft.Extensions.Options.Options.Create(new DataOptions { WarmBeforeServing = false }),
            _time, NullLogger<IndexLifecycle>.Instance, lifetime: lifetime);

        var startup = lifecycle.StartupAsync(CancellationToken.None);
        await lifecycle.WaitForAsync(s => s.IsServing, Timeout());
        lifetime.Stopping.Cancel();

        await startup.WaitAsync(Wait);
    }

    private sealed class HostLifetime : IHostApplicationLifetime
    {
        public CancellationTokenSource Started { get; } = new();
        public CancellationTokenSource Stopping { get; } = new();
        public CancellationToken ApplicationStarted => Started.Token;
        public CancellationToken ApplicationStopping => Stopping.Token;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => Stopping.Cancel();
    }

    [Fact]
    public async Task Startup_SourcesRefused_FailedWithTheReasonAndNothingServed()
    {
        var lifecycle = Lifecycle();
        _steps.Choice = new SourceChoice(null, "Production never serves the sample.");

        await lifecycle.StartupAsync(CancellationToken.None);

        var status = lifecycle.Status;
        Assert.Equal(IndexPhase.Failed, status.Phase);
        Assert.Equal(IndexErrorKind.Refused, status.LastError);
        Assert.Equal("Production never serves the sample.", status.Problem);
        Assert.False(status.IsServing);
        Assert.False(_served.IsReady);
        Assert.Equal(0, _steps.Builds);
    }

    [Fact]
    public async Task Startup_BuildFailsWithNoGoodGeneration_FailedNamingTheCause()
    {
        var lifecycle = Lifecycle();
        _steps.BuildFailure = "hcpcs 2026-01: entries 15 expected";

        await lifecycle.StartupAsync(CancellationToken.None);

        Assert.Equal(IndexPhase.Failed, lifecycle.Status.Phase);
        Assert.Equal(IndexErrorKind.BuildFailed, lifecycle.Status.LastError);
        Assert.Equal("hcpcs 2026-01: entries 15 expected", lifecycle.Status.Problem);
        Assert.False(_served.IsReady);
        Assert.Empty(_steps.Warmed);
    }

    [Fact]
    public async Task Startup_OutdatedGenerationOnDisk_WarmedAndServedWhileTheNewOneBuildsThenReleased()
    {
        var lifecycle = Lifecycle();
        var outdated = new TrackedIndex("gen-old", "fp0");
        _steps.Outdated = outdated;
        var phases = Record(lifecycle);

        await lifecycle.StartupAsync(CancellationToken.None);

        Assert.Contains(phases(), s => s.Phase == IndexPhase.Reloading && s.Generation == "gen-old" && s.IsServing);
        Assert.Equal(IndexPhase.Serving, lifecycle.Status.Phase);
        Assert.Equal("gen-fp1", lifecycle.Status.Generation);
        Assert.Equal(new[] { "gen-old", "gen-fp1" }, _steps.Warmed);
        await lifecycle.WaitForAsync(s => s.Draining.Count == 0, Timeout());
        Assert.True(outdated.Disposed);
        Assert.Equal(new[] { "gen-old" }, _steps.Forgotten);
    }

    [Fact]
    public async Task Startup_OutdatedGenerationAndTheNewBuildFails_KeepsServingTheOldWithTheProblem()
    {
        var lifecycle = Lifecycle();
        _steps.Outdated = new TrackedIndex("gen-old", "fp0");
        _steps.BuildFailure = "icd10cm FY2027: truncated";

        await lifecycle.StartupAsync(CancellationToken.None);

        var status = lifecycle.Status;
        Assert.Equal(IndexPhase.Serving, status.Phase);
        Assert.Equal("gen-old", status.Generation);
        Assert.Equal(IndexErrorKind.BuildFailed, status.LastError);
        Assert.Equal("icd10cm FY2027: truncated", status.Problem);
    }

    [Fact]
    public async Task Reload_SourcesChanged_NewGenerationWarmedThenSwappedIn()
    {
        var lifecycle = await ServingAsync();
        _steps.Choice = FakeGenerationSteps.Sources("fp2");
        var phases = Record(lifecycle);

        var outcome = await lifecycle.ReloadNowAsync(CancellationToken.None);

        Assert.Equal(ReloadOutcome.Swapped, outcome);
        Assert.Equal("gen-fp2", lifecycle.Status.Generation);
        Assert.Equal(IndexPhase.Serving, lifecycle.Status.Phase);
        Assert.Equal(new[] { "gen-fp1", "gen-fp2" }, _steps.Warmed);
        // Served all along: Reloading (old generation) while building and warming, never a phase without an index.
        Assert.All(phases(), s => Assert.True(s.IsServing));
        Assert.Contains(phases(), s => s.Phase == IndexPhase.Reloading && s.Generation == "gen-fp1");
        Assert.Equal(ReloadOutcome.Unchanged, await lifecycle.ReloadNowAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reload_BuildFails_OldGenerationKeptAndTheSameSourcesNotRetried()
    {
        var lifecycle = await ServingAsync();
        _steps.Choice = FakeGenerationSteps.Sources("fp2");
        _steps.BuildFailure = "HCPC2026_APR_ANWEB_04012026.txt line 7";

        var outcome = await lifecycle.ReloadNowAsync(CancellationToken.None);

        Assert.Equal(ReloadOutcome.Failed, outcome);
        var status = lifecycle.Status;
        Assert.Equal(IndexPhase.Serving, status.Phase);
        Assert.Equal("gen-fp1", status.Generation);
        Assert.Equal(IndexErrorKind.BuildFailed, status.LastError);
        Assert.StartsWith("Reload failed; still serving the previous generation.", status.Problem);
        Assert.Contains("line 7", status.Problem);
        Assert.Equal("gen-fp1", _served.Current.Generation);
        Assert.Equal(ReloadOutcome.Unchanged, await lifecycle.ReloadNowAsync(CancellationToken.None));
        Assert.Equal(2, _steps.Builds); // the start-up's and the failed one: not retried

        _steps.BuildFailure = null;
        _steps.Choice = FakeGenerationSteps.Sources("fp3");
        Assert.Equal(ReloadOutcome.Swapped, await lifecycle.ReloadNowAsync(CancellationToken.None));
        Assert.Equal(IndexErrorKind.None, lifecycle.Status.LastError);
        Assert.Null(lifecycle.Status.Problem);
    }

    [Fact]
    public async Task Reload_SourcesRefusedWhileServing_OldGenerationKept()
    {
        var lifecycle = await ServingAsync();
        _steps.Choice = new SourceChoice(null, "Partial data: missing hcpcs 2026-04.");

        Assert.Equal(ReloadOutcome.Refused, await lifecycle.ReloadNowAsync(CancellationToken.None));

        Assert.Equal(IndexPhase.Serving, lifecycle.Status.Phase);
        Assert.Equal("gen-fp1", lifecycle.Status.Generation);
        Assert.Equal(IndexErrorKind.Refused, lifecycle.Status.LastError);
        Assert.Contains("Partial data", lifecycle.Status.Problem);
    }

    [Fact]
    public async Task Reload_OldGenerationLeased_ReleasedOnlyAfterTheLastLeaseEnds()
    {
        var lifecycle = await ServingAsync();
        var old = (TrackedIndex)_served.Current;
        var lease = _served.Acquire()!;
        _steps.Choice = FakeGenerationSteps.Sources("fp2");

        await lifecycle.ReloadNowAsync(CancellationToken.None);

        Assert.Equal(new[] { "gen-fp1" }, lifecycle.Status.Draining);
        Assert.False(old.Disposed);
        Assert.Empty(_steps.Forgotten);
        Assert.Same(old, _served.Current); // this flow still holds the old lease
        lease.Dispose();
        var released = await lifecycle.WaitForAsync(s => s.Draining.Count == 0, Timeout());
        Assert.True(old.Disposed);
        Assert.Equal(new[] { "gen-fp1" }, _steps.Forgotten);
        Assert.Equal("gen-fp2", Assert.Single(_steps.CleanedUpKeeping)); // the served generation's folder is kept
        Assert.Equal("gen-fp2", released.Generation);
    }

    [Fact]
    public async Task Reload_FailedStartThenGoodFiles_ServedByTheNextReload()
    {
        var lifecycle = Lifecycle();
        _steps.Choice = new SourceChoice(null, "No official release files.");
        await lifecycle.StartupAsync(CancellationToken.None);
        Assert.Equal(ReloadOutcome.Refused, await lifecycle.ReloadNowAsync(CancellationToken.None));
        Assert.Equal(IndexPhase.Failed, lifecycle.Status.Phase);
        Assert.Equal("No official release files.", lifecycle.Status.Problem);

        _steps.Choice = FakeGenerationSteps.Sources("fp1");
        Assert.Equal(ReloadOutcome.Swapped, await lifecycle.ReloadNowAsync(CancellationToken.None));

        Assert.Equal(IndexPhase.Serving, lifecycle.Status.Phase);
        Assert.Null(lifecycle.Status.Problem);
    }

    [Fact]
    public async Task HostedService_ReloadInterval_ChecksOnTheClockAndSwaps()
    {
        var lifecycle = Lifecycle(reloadSeconds: 300);
        await lifecycle.StartAsync(CancellationToken.None);
        try
        {
            await lifecycle.WaitForAsync(s => s.IsServing, Timeout());
            _steps.Choice = FakeGenerationSteps.Sources("fp2");
            _time.Advance(TimeSpan.FromSeconds(299));
            Assert.Equal("gen-fp1", lifecycle.Status.Generation);

            // The timer is created just after the start-up settles: tick until the check has run.
            var swapped = lifecycle.WaitForAsync(s => s.Generation == "gen-fp2", Timeout());
            using var give = new CancellationTokenSource(Wait);
            while (!swapped.IsCompleted && !give.IsCancellationRequested)
            {
                _time.Advance(TimeSpan.FromSeconds(300));
                await Task.WhenAny(swapped, Task.Delay(50));
            }
            Assert.Equal("gen-fp2", (await swapped).Generation);
        }
        finally
        {
            await lifecycle.StopAsync(CancellationToken.None);
        }
    }

    private IndexLifecycle Lifecycle(int reloadSeconds = 0, bool warmBeforeServing = true) =>
        new(_steps, _served, Microsoft.Extensions.Options.Options.Create(new DataOptions { ReloadIntervalSeconds = reloadSeconds, WarmBeforeServing = warmBeforeServing }),
            _time, NullLogger<IndexLifecycle>.Instance);

    private async Task<IndexLifecycle> ServingAsync()
    {
        var lifecycle = Lifecycle();
        await lifecycle.StartupAsync(CancellationToken.None);
        Assert.Equal("gen-fp1", lifecycle.Status.Generation);
        return lifecycle;
    }

    // Every status from now on, in order (statuses are immutable snapshots). The list is read through a copy taken
    // under the lock: a status may still arrive (e.g. the old generation's release) while a test reads it.
    private static Func<IndexStatus[]> Record(IndexLifecycle lifecycle)
    {
        var seen = new List<IndexStatus>();
        lifecycle.Changed += s =>
        {
            lock (seen) seen.Add(s);
        };
        return () =>
        {
            lock (seen) return seen.ToArray();
        };
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(Wait).Token;
}
