using CodeSearch.LoadHarness.Hosting;
using CodeSearch.LoadHarness.Running;

namespace CodeSearch.LoadHarness.Output;

/// <summary>Everything one run measured; written as JSON. Holds no note text and no query text beyond the hot set.</summary>
public sealed record RunReport(
    DateTimeOffset StartedUtc,
    MachineInfo Machine,
    RunSettings Settings,
    WorkloadInfo Workload,
    ServerInfo? Server,
    double? HealthCallsPerSecond,
    IReadOnlyList<ScenarioResult> Scenarios);

/// <summary>Where it ran; load averages from /proc/loadavg before and after (the box is shared).</summary>
public sealed record MachineInfo(int ProcessorCount, string Os, string Runtime, string? LoadAverageBefore, string? LoadAverageAfter);

public sealed record RunSettings(string Address, int Connections, int Concurrency, double DurationSeconds, int? Requests,
    double WarmupSeconds, string? Mix, string? Rate, string RateRpc);

/// <summary>What was sent: counts and sizes only.</summary>
public sealed record WorkloadInfo(string Source, int Codes, IReadOnlyList<string> HotQueries, int ColdQueries, long ColdQueriesSent,
    int Notes, int MedianNoteChars);

/// <summary>The self-started server: start to SERVING, and resident memory after start (idle) and after the load.</summary>
public sealed record ServerInfo(int Pid, string IndexDirectory, double SecondsToServing, MemorySample? Idle, MemorySample? AfterLoad);
