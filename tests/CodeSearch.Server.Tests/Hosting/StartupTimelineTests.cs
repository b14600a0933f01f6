using CodeSearch.Server.Hosting;
using CodeSearch.Server.Options;
using CodeSearch.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>
/// The start-up timings: one line per step (4880), SERVING (4881) and the end of the start-up (4882) once each, in the
/// order the steps ran, and nothing more from a reload afterwards.
/// </summary>
public sealed class StartupTimelineTests : IDisposable
{
    private readonly FakeGenerationSteps _steps = new();
    private readonly ServedIndexProvider _served = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _served.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Startup_EveryStepTimedOnce_InTheOrderItRan(bool warmBeforeServing)
    {
        var lifecycle = Lifecycle(warmBeforeServing);

        await lifecycle.StartupAsync(CancellationToken.None);

        var lines = Timings();
        var servingFirst = new[] { "Step Sources", "Step Open", "SERVING", "Step Warm", "Step Compaction", "complete" };
        var warmFirst = new[] { "Step Sources", "Step Open", "Step Warm", "SERVING", "Step Compaction", "complete" };
        Assert.Equal(warmBeforeServing ? warmFirst : servingFirst, lines.Select(Kind));
        Assert.All(lines.Where(l => l.Contains("[4880]")), l => Assert.Matches(@"\d+ ms, -?\d+ ms CPU, \d+ ms JIT \(\d+ methods\)", l));
        Assert.Contains(lines, l => l.Contains("[4881]") && l.Contains("after process start"));
    }

    [Fact]
    public async Task Startup_OpenParts_LoggedWithTheirThreadsCpu()
    {
        _steps.OpenTimings = new CodeSearch.Indexing.Generations.IndexOpenTimings(TimeSpan.FromMilliseconds(40),
            TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(700), TimeSpan.FromMilliseconds(1200))
        {
            CatalogCpu = TimeSpan.FromMilliseconds(650), ChecksumsCpu = TimeSpan.FromMilliseconds(280),
        };
        var lifecycle = Lifecycle(warmBeforeServing: false);

        await lifecycle.StartupAsync(CancellationToken.None);

        var parts = Timings().Where(l => l.Contains("[4884]")).ToArray();
        Assert.Contains(parts, l => l.Contains("Catalog (on its own thread): 700 ms, 650 ms CPU of that thread"));
        Assert.Contains(parts, l => l.Contains("Checksums (on its own thread): 300 ms, 280 ms CPU of that thread"));
        // No thread clock for a part: -1, not a made-up figure.
        Assert.Contains(parts, l => l.Contains("Reference (on its own thread): 1200 ms, -1 ms CPU of that thread"));
    }

    [Fact]
    public void HostBuildTimings_MainThreadParts_LoggedInOrderWithTheirCpu()
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs));
        var services = new ServiceCollection()
            .AddSingleton(new StartupTimeline(_time, factory.CreateLogger<StartupTimeline>())).BuildServiceProvider();
        var timings = HostBuildTimings.Start();

        timings.Mark(StartupStep.HostBuilder);
        timings.Mark(StartupStep.HostBuild);
        timings.Mark(StartupStep.HostMap);
        timings.Log(services);

        var parts = Timings().Where(l => l.Contains("[4884]")).ToArray();
        Assert.Equal(["Runtime", "HostBuilder", "HostBuild", "HostMap"], parts.Select(l => l.Split("Start-up step ")[1].Split(' ')[0]));
        // The main thread's own CPU where the platform has a thread clock (Linux), -1 elsewhere.
        Assert.All(parts, l => Assert.Matches(OperatingSystem.IsLinux() ? @"ms, \d+ ms CPU of that thread" : "ms, -1 ms CPU", l));
    }

    [Fact]
    public async Task Reload_AfterStartup_NoMoreStartupLines()
    {
        var lifecycle = Lifecycle(warmBeforeServing: false);
        await lifecycle.StartupAsync(CancellationToken.None);
        var afterStartup = Timings().Length;

        _steps.Choice = FakeGenerationSteps.Sources("fp2");
        Assert.Equal(ReloadOutcome.Swapped, await lifecycle.ReloadNowAsync(CancellationToken.None));

        Assert.Equal(afterStartup, Timings().Length);
    }

    private string[] Timings() => _logs.Lines.Where(l => l.Contains("[488")).ToArray();

    private static string Kind(string line) =>
        line.Contains("[4880]") ? "Step " + line.Split("Start-up step ")[1].Split(':')[0]
        : line.Contains("[4881]") ? "SERVING"
        : line.Contains("[4882]") ? "complete"
        : line;

    private IndexLifecycle Lifecycle(bool warmBeforeServing)
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        var timeline = new StartupTimeline(_time, factory.CreateLogger<StartupTimeline>());
        return new IndexLifecycle(_steps, _served,
            Microsoft.Extensions.Options.Options.Create(new DataOptions { ReloadIntervalSeconds = 0, WarmBeforeServing = warmBeforeServing }),
            _time, factory.CreateLogger<IndexLifecycle>(), timeline);
    }
}
