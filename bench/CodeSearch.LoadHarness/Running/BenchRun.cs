using CodeSearch.LoadHarness.Hosting;
using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Output;
using CodeSearch.LoadHarness.Stats;
using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Running;

/// <summary>
/// One run: (start the server,) load the workload, health Check first as the ceiling, each selected RPC alone, the
/// optional mix, the optional open-loop rate, then JSON + PNG. The server is stopped whatever happens.
/// </summary>
internal static class BenchRun
{
    public static async Task<int> ExecuteAsync(BenchOptions options)
    {
        var started = DateTimeOffset.UtcNow;
        var outDir = Path.GetFullPath(options.OutputDirectory ?? RepoPaths.OutputDirectory);
        Directory.CreateDirectory(outDir);
        var stem = Path.Combine(outDir, $"load-{started:yyyyMMdd-HHmmss}");
        var loadBefore = LoadAverage();

        ServerProcess? server = null;
        ServerInfo? serverInfo = null;
        try
        {
            var address = options.Address;
            var index = Path.GetFullPath(options.IndexDirectory ?? RepoPaths.IndexDirectory);
            if (options.StartServer)
            {
                server = ServerProcess.Start(Path.GetFullPath(options.ServerDll ?? RepoPaths.ServerDll), index,
                    Path.GetFullPath(options.SourceDirectory ?? RepoPaths.SourceDirectory), options.Port, stem + ".server.log");
                Console.WriteLine($"server pid {server.Pid} at {server.Address}, index {index}; waiting for SERVING");
                var serving = await server.WaitServingAsync(TimeSpan.FromMinutes(5));
                // The warm-up after SERVING (suggestion dictionaries, heap compaction) takes seconds of CPU: measured
                // during it, the first scenario (health, the ratios' base) would share the cores with it.
                var warmStarted = System.Diagnostics.Stopwatch.GetTimestamp();
                var warmed = await server.WaitWarmedAsync(TimeSpan.FromMinutes(3));
                Console.WriteLine(warmed
                    ? $"start-up complete {System.Diagnostics.Stopwatch.GetElapsedTime(warmStarted).TotalSeconds:0.0} s after SERVING"
                    : "no start-up-complete line within 3 minutes of SERVING; measuring anyway");
                await Task.Delay(TimeSpan.FromSeconds(1));
                serverInfo = new ServerInfo(server.Pid, index, Math.Round(serving, 2), server.Memory(), null);
                Console.WriteLine($"SERVING after {serving:0.00} s; idle RSS {serverInfo.Idle?.RssMiB} MiB (peak {serverInfo.Idle?.PeakMiB} MiB)");
                address = server.Address;
            }

            using var clients = new ClientPool(address, options.Connections);
            var data = await WorkloadLoader.LoadAsync(options.PhrasesFile ?? RepoPaths.PhrasesFile, options.NotesFile ?? RepoPaths.NotesFile, clients.Lookup());
            Console.WriteLine($"workload ({data.Source}): {data.Codes.Count} codes, {data.Queries.Hot.Count} hot + {data.Queries.Cold.Count} cold queries, " +
                $"{data.Notes.Count} notes (median {data.MedianNoteChars} chars)");
            await using var caller = new RpcCaller(clients, data, Math.Max(options.Concurrency, 1));
            if (options.SoakRounds > 0)
                return await Soak.RunAsync(options, caller, () => server?.Memory(), stem + ".soak.json") ? 0 : 1;
            var scenarios = await Scenarios.RunAsync(options, caller);

            serverInfo = serverInfo is null ? null : serverInfo with { AfterLoad = server!.Memory() };
            var health = scenarios.FirstOrDefault(s => s.Name == RpcNames.Name(RpcKind.Health))?.Rpcs[0].CallsPerSecond;
            var withRatios = scenarios.Select(s => s with { Rpcs = Ratios.Apply(s.Rpcs, health) }).ToList();
            foreach (var s in withRatios) ConsoleReport.Print(s);
            var report = new RunReport(started,
                new MachineInfo(Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                    Environment.Version.ToString(), loadBefore, LoadAverage()),
                new RunSettings(address, options.Connections, options.Concurrency, options.DurationSeconds, options.Requests,
                    options.WarmupSeconds, options.Mix?.ToString(), options.Rate?.ToString(), RpcNames.Name(options.RateRpc)),
                new WorkloadInfo(data.Source, data.Codes.Count, data.Queries.Hot, data.Queries.Cold.Count, caller.ColdSent,
                    data.Notes.Count, data.MedianNoteChars),
                serverInfo, health, withRatios);
            JsonReport.Write(report, stem + ".json");
            LoadChart.Write(report, stem + ".png");
            if (serverInfo is not null) Console.WriteLine($"\nserver RSS idle {serverInfo.Idle?.RssMiB} MiB, after load {serverInfo.AfterLoad?.RssMiB} MiB, peak {serverInfo.AfterLoad?.PeakMiB} MiB");
            Console.WriteLine($"wrote {stem}.json and {stem}.png");
            return withRatios.Any(s => s.Rpcs.Any(r => r.Failed > 0)) ? 1 : 0;
        }
        finally
        {
            if (server is not null) await server.DisposeAsync();
        }
    }

    private static string? LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
