using System.Net;
using CodeSearch.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace CodeSearch.LoadHarness.Workload;

/// <summary>
/// One <see cref="GrpcChannel"/> per connection, each pinned to a single HTTP/2 connection (no extra connections when
/// streams run out), so "--connections N" means N TCP connections. Calls pick a channel round-robin.
/// </summary>
internal sealed class ClientPool : IDisposable
{
    private readonly GrpcChannel[] _channels;
    private int _next = -1;

    public ClientPool(string address, int connections)
    {
        _channels = Enumerable.Range(0, connections).Select(_ => GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = false,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                AutomaticDecompression = DecompressionMethods.None,
            },
            MaxReceiveMessageSize = 16 * 1024 * 1024,
        })).ToArray();
    }

    public int Count => _channels.Length;

    private GrpcChannel Next() => _channels[(int)((uint)Interlocked.Increment(ref _next) % _channels.Length)];

    public Health.HealthClient Health() => new(Next());

    public CodeLookup.CodeLookupClient Lookup() => new(Next());

    public CodingSuggestions.CodingSuggestionsClient Suggestions() => new(Next());

    /// <summary>The client for worker <paramref name="worker"/>'s own stream (workers spread evenly over channels).</summary>
    public CodingSuggestions.CodingSuggestionsClient SuggestionsFor(int worker) => new(_channels[worker % _channels.Length]);

    public void Dispose()
    {
        foreach (var c in _channels) c.Dispose();
    }
}
