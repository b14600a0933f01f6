using System.Diagnostics;
using CodeSearch.Replicas;

// dotnet CodeSearch.Replicas.dll --proxy http://127.0.0.1:PORT --endpoints FILE [--duration 60] [--stop-file F]
//                                [--concurrency 4] [--deadline 10]
// Runs both ways in at once until --stop-file appears or --duration seconds pass (at most 60), prints the figures,
// exits 1 on any failed call, mixed-generation answer or answer without a generation.
var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
string Option(string name, string fallback) => options.TryGetValue(name, out var value) ? value : fallback;
var duration = TimeSpan.FromSeconds(Math.Min(60, double.Parse(Option("duration", "60"), System.Globalization.CultureInfo.InvariantCulture)));
var workers = int.Parse(Option("concurrency", "4"), System.Globalization.CultureInfo.InvariantCulture);
var deadline = TimeSpan.FromSeconds(double.Parse(Option("deadline", "10"), System.Globalization.CultureInfo.InvariantCulture));

var paths = new List<(PathStats Stats, Grpc.Net.Client.GrpcChannel Channel)>();
if (options.TryGetValue("proxy", out var proxy)) paths.Add((new PathStats("proxy"), Channels.Proxy(proxy)));
if (options.TryGetValue("endpoints", out var endpoints)) paths.Add((new PathStats("client-rr"), Channels.RoundRobin(endpoints)));
if (paths.Count == 0)
{
    Console.Error.WriteLine("usage: --proxy http://127.0.0.1:PORT and/or --endpoints FILE (host:port lines)");
    return 2;
}

var started = Stopwatch.GetTimestamp();
var stop = new CancellationTokenSource(duration);
using var stopWatcher = options.TryGetValue("stop-file", out var stopFile)
    ? new Timer(_ => { if (File.Exists(stopFile)) stop.Cancel(); }, null, 200, 200)
    : null;
Console.WriteLine($"load: {duration.TotalSeconds:F0} s, {workers} workers per path, GetCode/SearchCodes/ListCodeSystems, retry on UNAVAILABLE (5 attempts)");
await Task.WhenAll(paths.Select(p => new LoadLoop(p.Channel, p.Stats, started, stop.Token, deadline).RunAsync(workers)));
var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

var bad = false;
foreach (var (stats, channel) in paths)
{
    channel.Dispose();
    Console.WriteLine($"{stats.Name,-9} calls={stats.Calls} ({stats.Calls / elapsed:F0}/s) failed={stats.Failed} mixed-generation answers={stats.Mixed} answers without generation={stats.MissingGeneration}");
    Console.WriteLine($"{"",-9} by rpc: {string.Join(", ", stats.CallsByRpc.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}"))}");
    if (!stats.FailuresByStatus.IsEmpty)
    {
        Console.WriteLine($"{"",-9} failures: {string.Join(", ", stats.FailuresByStatus.Select(k => $"{k.Key}={k.Value}"))}");
    }
    foreach (var (generation, seen) in stats.Generations.OrderBy(g => g.Value.FirstSecond))
    {
        Console.WriteLine($"{"",-9} generation {generation}: {seen.Calls} answers, seen {seen.FirstSecond:F1}-{seen.LastSecond:F1} s");
    }
    bad |= stats.Failed > 0 || stats.Mixed > 0 || stats.MissingGeneration > 0;
}
return bad ? 1 : 0;
