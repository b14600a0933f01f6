using CodeSearch.LoadHarness.Stats;

namespace CodeSearch.LoadHarness.Running;

/// <summary>One scenario's figures. Mode is "closed" (fixed concurrency, as fast as answers come) or "open" (fixed rate).</summary>
public sealed record ScenarioResult(
    string Name,
    string Mode,
    int Connections,
    int Concurrency,
    double? TargetRate,
    double ElapsedSeconds,
    IReadOnlyList<RpcStats> Rpcs);
