using System.Diagnostics;

namespace CodeSearch.Suggestions.Engine;

/// <summary>The stages of one SuggestCodes call that <see cref="ISuggestionStageTimings"/> times (docs/suggestions.md).</summary>
public enum SuggestionStage
{
    /// <summary>Getting the release's compiled dictionary (seconds once per generation when not warmed, else a lookup).</summary>
    Dictionary,
    /// <summary>Sections, sentences and abbreviations (<c>NoteReader</c>).</summary>
    Read,
    /// <summary>Dictionary terms found in the sentences, without their assertions.</summary>
    Mentions,
    /// <summary>Assertion of each mention (present, negated, family, history, ...).</summary>
    Assertion,
    /// <summary>Mentions grouped into code candidates, derived codes, rivals within a category, topics.</summary>
    Candidates,
    /// <summary>Features scored by the ranker, score floors, specificity, sort.</summary>
    Rank,
    /// <summary>The answer: thresholds, evidence spans and rationales.</summary>
    Answer,
}

/// <summary>
/// Receives the duration of each stage of each suggestion; the server records them as a metric. Implementations must
/// be cheap and thread-safe and never see the note: a stage and a duration are all they get.
/// </summary>
public interface ISuggestionStageTimings
{
    /// <summary>One stage of one call took <paramref name="elapsed"/>.</summary>
    void Record(SuggestionStage stage, TimeSpan elapsed);
}

/// <summary>Timing helpers that cost nothing when no <see cref="ISuggestionStageTimings"/> is set.</summary>
internal static class StageTimer
{
    /// <summary>A timestamp to time a stage from; 0 when nobody listens.</summary>
    public static long Start(this ISuggestionStageTimings? timings) => timings is null ? 0 : Stopwatch.GetTimestamp();

    /// <summary>Records the stage begun at <paramref name="started"/> and returns the timestamp the next one begins at.</summary>
    public static long Lap(this ISuggestionStageTimings? timings, SuggestionStage stage, long started)
    {
        if (timings is null) return 0;
        var now = Stopwatch.GetTimestamp();
        timings.Record(stage, Stopwatch.GetElapsedTime(started, now));
        return now;
    }

    /// <summary>
    /// As <see cref="Lap"/> for a span in which <paramref name="innerTicks"/> (Stopwatch ticks) were spent in
    /// <paramref name="inner"/>: records those as <paramref name="inner"/> and the rest as <paramref name="outer"/>.
    /// </summary>
    public static long LapSplit(this ISuggestionStageTimings? timings, SuggestionStage outer, SuggestionStage inner, long started, long innerTicks)
    {
        if (timings is null) return 0;
        var now = Stopwatch.GetTimestamp();
        timings.Record(inner, Stopwatch.GetElapsedTime(0, innerTicks));
        timings.Record(outer, Stopwatch.GetElapsedTime(started + innerTicks, now));
        return now;
    }
}
