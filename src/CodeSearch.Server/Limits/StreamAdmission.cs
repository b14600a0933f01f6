using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Limits;

/// <summary>
/// The stream budget of <see cref="StreamLimitsOptions"/>: streams open on the whole server, per caller and per
/// HTTP/2 connection. A stream over any cap is refused at once with <see cref="OverloadedException"/>.
/// </summary>
internal sealed class StreamAdmission(IOptions<LimitsOptions> options)
{
    public const string ServerFullMessage = "The server is at its limit of open streams; retry with backoff.";
    public const string CallerFullMessage = "This caller is at its limit of open streams; close one or retry later.";
    public const string ConnectionFullMessage = "This connection is at its limit of open streams; close one or retry later.";

    private readonly StreamLimitsOptions _limits = options.Value.Streams;
    private readonly TimeSpan _retryAfter = TimeSpan.FromSeconds(options.Value.RetryAfterSeconds);
    private readonly Dictionary<string, int> _perCaller = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perConnection = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _open;

    /// <summary>Streams open now.</summary>
    public int Open
    {
        get { lock (_gate) return _open; }
    }

    /// <summary>Counts the stream in (release it by disposing the result) or throws <see cref="OverloadedException"/>.</summary>
    public IDisposable Admit(string caller, string connection)
    {
        lock (_gate)
        {
            if (Over(_limits.MaxConcurrent, _open)) throw new OverloadedException(ServerFullMessage, _retryAfter);
            if (Over(_limits.MaxPerCaller, Count(_perCaller, caller))) throw new OverloadedException(CallerFullMessage, _retryAfter);
            if (Over(_limits.MaxPerConnection, Count(_perConnection, connection))) throw new OverloadedException(ConnectionFullMessage, _retryAfter);
            _open++;
            _perCaller[caller] = Count(_perCaller, caller) + 1;
            _perConnection[connection] = Count(_perConnection, connection) + 1;
        }
        return new Release(this, caller, connection);
    }

    private static bool Over(int cap, int count) => cap > 0 && count >= cap;

    private static int Count(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);

    private void Leave(string caller, string connection)
    {
        lock (_gate)
        {
            _open--;
            Decrement(_perCaller, caller);
            Decrement(_perConnection, connection);
        }
    }

    private static void Decrement(Dictionary<string, int> counts, string key)
    {
        var left = Count(counts, key) - 1;
        if (left <= 0) counts.Remove(key);
        else counts[key] = left;
    }

    private sealed class Release(StreamAdmission admission, string caller, string connection) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) admission.Leave(caller, connection);
        }
    }
}
