using System.Text.Json;
using CodeSearch.LoadHarness.Hosting;
using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Running;

/// <summary>One soak round: the mix for --duration seconds, then the server's memory.</summary>
public sealed record SoakRound(int Round, long Calls, long Failed, IReadOnlyDictionary<string, long> ErrorsByStatus,
    double CallsPerSecond, double? RssMiB, double? PeakMiB);

/// <summary>
/// The soak run (docs/operations.md, "Limits"): the mix, round after round, with the server's resident memory sampled
/// after each round. Memory growth is reported from the end of the first round (warm-up: caches and dictionaries fill)
/// to the end of the last.
/// </summary>
internal static class Soak
{
    public static async Task<bool> RunAsync(BenchOptions options, RpcCaller caller, Func<MemorySample?> memory, string jsonPath)
    {
        var mix = options.Mix!;
        var closed = new ClosedLoop(caller, options with { WarmupSeconds = 0 });
        var rounds = new List<SoakRound>();
        for (var round = 1; round <= options.SoakRounds; round++)
        {
            var result = await closed.RunAsync($"soak {round}", r => mix.Pick(r.NextDouble()));
            var errors = result.Rpcs.SelectMany(r => r.ErrorsByStatus).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
            var sample = memory();
            var row = new SoakRound(round, result.Rpcs.Sum(r => r.Calls), result.Rpcs.Sum(r => r.Failed), errors,
                Math.Round(result.Rpcs.Sum(r => r.CallsPerSecond), 1), sample?.RssMiB, sample?.PeakMiB);
            rounds.Add(row);
            Console.WriteLine($"soak round {round}/{options.SoakRounds}: {row.Calls} calls, {row.Failed} failed, " +
                $"{row.CallsPerSecond} calls/s, RSS {row.RssMiB?.ToString("0") ?? "n/a"} MiB (peak {row.PeakMiB?.ToString("0") ?? "n/a"})");
        }
        await caller.DisposeAsync();
        var growth = rounds[^1].RssMiB - rounds[0].RssMiB;
        Console.WriteLine($"soak: {rounds.Count} rounds of {options.DurationSeconds:0} s, {rounds.Sum(r => r.Calls)} calls, " +
            $"{rounds.Sum(r => r.Failed)} failed; RSS after round 1 {rounds[0].RssMiB?.ToString("0") ?? "n/a"} MiB, after round {rounds.Count} " +
            $"{rounds[^1].RssMiB?.ToString("0") ?? "n/a"} MiB (growth {growth?.ToString("+0;-0;0") ?? "n/a"} MiB)");
        await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(new { mix = mix.ToString(), options.Concurrency,
            options.Connections, options.DurationSeconds, rounds, rssGrowthMiBAfterFirstRound = growth },
            new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"wrote {jsonPath}");
        return rounds.All(r => r.Failed == 0);
    }
}
