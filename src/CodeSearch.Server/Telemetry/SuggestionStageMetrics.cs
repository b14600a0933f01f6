using System.Diagnostics.Metrics;
using CodeSearch.Server.Caching;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// codesearch.suggest.stage.duration on the meter "CodeSearch": a histogram in seconds of each stage of each
/// suggestion (label <c>stage</c>: dictionary, read, mentions, assertion, candidates, rank, answer). The one label
/// has seven values and never carries note text; recording allocates nothing (one tag, made once per stage).
/// </summary>
internal sealed class SuggestionStageMetrics : ISuggestionStageTimings
{
    private static readonly double[] Buckets = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5];

    private static readonly KeyValuePair<string, object?>[] Tags = Enum.GetValues<SuggestionStage>()
        .Select(s => new KeyValuePair<string, object?>("stage", s.ToString().ToLowerInvariant()))
        .ToArray();

    private readonly Histogram<double> _duration;

    public SuggestionStageMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(ResponseCache.MeterName);
        _duration = meter.CreateHistogram("codesearch.suggest.stage.duration", unit: "s",
            description: "Duration of each stage of the note-to-code pipeline, per suggestion and release",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Buckets });
    }

    public void Record(SuggestionStage stage, TimeSpan elapsed)
    {
        if (_duration.Enabled) _duration.Record(elapsed.TotalSeconds, Tags[(int)stage]);
    }
}
