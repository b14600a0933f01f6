using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Hosting;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// What a replica serves, as info gauges on the meter "CodeSearch" (value 1, the ids in the labels):
/// codesearch.index.generation (label generation) and codesearch.index.release (labels code_system, release), so a
/// dashboard shows which replicas serve which fiscal year during a rollout. Nothing is reported before SERVING.
/// </summary>
internal sealed class IndexMetrics
{
    public IndexMetrics(IMeterFactory meterFactory, ServedIndexProvider indexes)
    {
        var meter = meterFactory.Create(ResponseCache.MeterName);
        meter.CreateObservableGauge("codesearch.index.generation", () => Generation(indexes),
            description: "The index generation served (1, with the generation id as a label)");
        meter.CreateObservableGauge("codesearch.index.release", () => Releases(indexes),
            description: "Each code-system release served (1, with the system and release id as labels)");
    }

    private static IEnumerable<Measurement<int>> Generation(ServedIndexProvider indexes)
    {
        if (!indexes.IsReady) yield break;
        yield return new Measurement<int>(1, new KeyValuePair<string, object?>("generation", indexes.Current.Generation));
    }

    private static IEnumerable<Measurement<int>> Releases(ServedIndexProvider indexes)
    {
        if (!indexes.IsReady) yield break;
        foreach (var loaded in indexes.Current.Releases)
        {
            yield return new Measurement<int>(1,
                new KeyValuePair<string, object?>("code_system", loaded.Release.System.ToString()),
                new KeyValuePair<string, object?>("release", loaded.Release.ReleaseId));
        }
    }
}
