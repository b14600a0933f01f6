using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Running;

/// <summary>The scenario sequence: health (always, first), each selected RPC alone, the mix, the open-loop rate.</summary>
internal static class Scenarios
{
    public static async Task<List<ScenarioResult>> RunAsync(BenchOptions options, RpcCaller caller)
    {
        var results = new List<ScenarioResult>();
        var closed = new ClosedLoop(caller, options);
        foreach (var kind in options.Scenarios.Prepend(RpcKind.Health).Distinct())
        {
            if (!caller.CanCall(kind))
            {
                Console.WriteLine($"skipping {RpcNames.Name(kind)}: the workload has nothing to send (missing notes or phrases file?)");
                continue;
            }
            Console.WriteLine($"running {RpcNames.Name(kind)} ...");
            results.Add(await closed.RunAsync(RpcNames.Name(kind), _ => kind));
            await caller.DisposeAsync();
        }
        if (options.Mix is { } mix)
        {
            var usable = mix.Parts.All(p => caller.CanCall(p.Kind));
            Console.WriteLine(usable ? $"running mix {mix} ..." : "skipping the mix: the workload cannot feed every RPC in it");
            if (usable) results.Add(await closed.RunAsync("mix " + mix, r => mix.Pick(r.NextDouble())));
            await caller.DisposeAsync();
        }
        if (options.Rate is { } rate && caller.CanCall(options.RateRpc))
        {
            var max = results.FirstOrDefault(s => s.Name == RpcNames.Name(options.RateRpc))?.Rpcs[0].CallsPerSecond;
            var perSecond = rate.Resolve(max);
            Console.WriteLine($"running {RpcNames.Name(options.RateRpc)} open loop at {perSecond:0.#} calls/s ...");
            results.Add(await new OpenLoop(caller, options).RunAsync(options.RateRpc, perSecond));
        }
        return results;
    }
}
