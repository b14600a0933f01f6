using System.Diagnostics;
using System.Text.Json;
using CodeSearch.V1;
using Grpc.Net.Client;

// Usage: CodeSearch.LoadClient ADDRESS DATASET.jsonl [CALLS] [CONCURRENCY]
// Sends SuggestCodes calls over real HTTP/2 gRPC, cycling through the dataset's note texts, after 20 warm-up calls,
// and prints the median and p95 latency and the call rate. Prints no note text.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: CodeSearch.LoadClient http://HOST:PORT DATASET.jsonl [CALLS=300] [CONCURRENCY=1]");
    return 2;
}
var calls = args.Length > 2 ? int.Parse(args[2]) : 300;
var concurrency = args.Length > 3 ? int.Parse(args[3]) : 1;
var notes = File.ReadLines(args[1]).Where(l => l.Length > 0)
    .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
using var channel = GrpcChannel.ForAddress(args[0]);
var client = new CodingSuggestions.CodingSuggestionsClient(channel);
SuggestCodesRequest Request(int i) => new() { Text = notes[i % notes.Length], Systems = { CodeSystem.Icd10Cm } };

for (var i = 0; i < 20; i++) await client.SuggestCodesAsync(Request(i));
var latencies = new double[calls];
var next = -1;
var total = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    for (var i = Interlocked.Increment(ref next); i < calls; i = Interlocked.Increment(ref next))
    {
        var started = Stopwatch.GetTimestamp();
        await client.SuggestCodesAsync(Request(i));
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}));
total.Stop();
Array.Sort(latencies);
Console.WriteLine($"SuggestCodes over gRPC: {calls} calls, concurrency {concurrency}, notes of median {notes.Select(n => n.Length).Order().ElementAt(notes.Length / 2)} chars");
Console.WriteLine($"latency median {latencies[calls / 2]:0.00} ms, p95 {latencies[(int)(calls * 0.95)]:0.00} ms; {calls / total.Elapsed.TotalSeconds:0.0} calls/s");
return 0;
