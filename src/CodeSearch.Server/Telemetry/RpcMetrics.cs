using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// Per-RPC instruments on the meter "CodeSearch" (beside the cache's): codesearch.rpc.server.duration, a latency
/// histogram in seconds whose count per rpc.grpc.status_code is the status count, and codesearch.rpc.server.refused
/// (calls refused by the limits, by reason). Labels are the service and method names and the status code only:
/// bounded, and never any request content.
/// </summary>
internal sealed class RpcMetrics
{
    private static readonly double[] Buckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private static readonly object[] StatusCodes = Enumerable.Range(0, 17).Select(i => (object)i).ToArray();

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _refused;

    public RpcMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ResponseCache.MeterName);
        _duration = meter.CreateHistogram("codesearch.rpc.server.duration", unit: "s",
            description: "Duration of gRPC calls handled by the server, by method and gRPC status code",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
        _refused = meter.CreateCounter<long>("codesearch.rpc.server.refused",
            description: "Calls refused by CodeSearch:Limits (reason shed: in-flight limit; rate_limited: per-caller rate)");
    }

    public bool Enabled => _duration.Enabled;

    public void Record(string service, string method, int statusCode, double seconds)
    {
        var status = statusCode >= 0 && statusCode < StatusCodes.Length ? StatusCodes[statusCode] : statusCode;
        _duration.Record(seconds,
            new KeyValuePair<string, object?>("rpc.service", service),
            new KeyValuePair<string, object?>("rpc.method", method),
            new KeyValuePair<string, object?>("rpc.grpc.status_code", status));
    }

    public void Refused(string service, string method, string reason) =>
        _refused.Add(1,
            new KeyValuePair<string, object?>("rpc.service", service),
            new KeyValuePair<string, object?>("rpc.method", method),
            new KeyValuePair<string, object?>("reason", reason));
}
