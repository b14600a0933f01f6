using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Hosting;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// The index life cycle on the meter "CodeSearch": codesearch.index.phase (1 for the present phase, label
/// <c>phase</c>; with <c>last_error</c>) and codesearch.index.draining (replaced generations still open because
/// requests hold them), so a dashboard shows replicas warming, reloading or failed, and generations that linger.
/// </summary>
internal sealed class LifecycleMetrics
{
    public LifecycleMetrics(IMeterFactory meterFactory, IndexLifecycle lifecycle)
    {
        var meter = meterFactory.Create(ResponseCache.MeterName);
        meter.CreateObservableGauge("codesearch.index.phase", () => Phase(lifecycle.Status),
            description: "The index life cycle's phase (1, with the phase and the last error kind as labels)");
        meter.CreateObservableGauge("codesearch.index.draining", () => lifecycle.Status.Draining.Count,
            description: "Replaced index generations still open because calls that started on them hold leases");
    }

    private static Measurement<int> Phase(IndexStatus status) =>
        new(1, new KeyValuePair<string, object?>("phase", status.Phase.ToString().ToLowerInvariant()),
            new KeyValuePair<string, object?>("last_error", status.LastError.ToString().ToLowerInvariant()));
}
