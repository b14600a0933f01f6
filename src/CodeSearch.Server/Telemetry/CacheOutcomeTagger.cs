using System.Diagnostics;
using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// Tags the current server span with <c>codesearch.cache</c> = hit or miss: it listens to the response cache's own
/// counters (recorded synchronously on the calling thread, inside the call's span), so the cache needs no tracing code.
/// </summary>
internal sealed class CacheOutcomeTagger : IDisposable
{
    private readonly MeterListener _listener = new();

    public CacheOutcomeTagger()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ResponseCache.MeterName && instrument.Name is "codesearch.cache.hits" or "codesearch.cache.misses")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(static (instrument, _, _, _) =>
            Activity.Current?.SetTag("codesearch.cache", instrument.Name == "codesearch.cache.hits" ? "hit" : "miss"));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();
}
