using System.Collections.Concurrent;
using Grpc.Core;

namespace CodeSearch.Replicas;

/// <summary>What one way in saw: calls, failures by status, answers per generation, answers that mixed generations.</summary>
internal sealed class PathStats(string name)
{
    private long _calls;
    private long _failed;
    private long _missingGeneration;
    private long _mixed;

    public string Name { get; } = name;
    public ConcurrentDictionary<string, long> FailuresByStatus { get; } = new();
    public ConcurrentDictionary<string, long> CallsByRpc { get; } = new();
    public ConcurrentDictionary<string, (long Calls, double FirstSecond, double LastSecond)> Generations { get; } = new();

    public long Calls => Interlocked.Read(ref _calls);
    public long Failed => Interlocked.Read(ref _failed);
    public long MissingGeneration => Interlocked.Read(ref _missingGeneration);
    public long Mixed => Interlocked.Read(ref _mixed);

    public void Succeeded(string rpc, string? generation, double second, bool bodyAgrees)
    {
        Interlocked.Increment(ref _calls);
        CallsByRpc.AddOrUpdate(rpc, 1, (_, n) => n + 1);
        if (!bodyAgrees) Interlocked.Increment(ref _mixed);
        if (generation is null)
        {
            Interlocked.Increment(ref _missingGeneration);
            return;
        }
        Generations.AddOrUpdate(generation, (1, second, second), (_, g) => (g.Calls + 1, Math.Min(g.FirstSecond, second), Math.Max(g.LastSecond, second)));
    }

    public void Failure(string rpc, StatusCode status, double second, string detail)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Increment(ref _failed);
        CallsByRpc.AddOrUpdate(rpc, 1, (_, n) => n + 1);
        FailuresByStatus.AddOrUpdate(status.ToString(), 1, (_, n) => n + 1);
        Console.Error.WriteLine($"[{second,6:F1}s] {Name} {rpc} failed: {status} {detail}");
    }
}
