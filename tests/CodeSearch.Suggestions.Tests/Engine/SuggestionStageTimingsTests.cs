using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Tests.Support;

namespace CodeSearch.Suggestions.Tests.Engine;

/// <summary>The engine reports each pipeline stage's duration to an optional sink, without changing the answer.</summary>
public class SuggestionStageTimingsTests
{
    private const string Note = "Pt with HTN and T2DM, denies chest pain";

    [Fact]
    public void Suggest_WithTimings_EveryStageRecordedOnceAndNonNegative()
    {
        var timings = new RecordedTimings();
        var engine = new SuggestionEngine(SampleIndex.Create(), SuggestionModel.Empty, timings: timings);

        engine.Suggest(new SuggestionRequest { Text = Note });

        Assert.Equal(Enum.GetValues<SuggestionStage>().Order(), timings.Stages.Select(s => s.Stage).Order());
        Assert.All(timings.Stages, s => Assert.True(s.Elapsed >= TimeSpan.Zero, $"{s.Stage}: {s.Elapsed}"));
    }

    [Fact]
    public void Suggest_WithTimings_SameAnswerAsWithout()
    {
        var index = SampleIndex.Create();
        var request = new SuggestionRequest { Text = Note, IncludeExcluded = true };

        var timed = new SuggestionEngine(index, SuggestionModel.Empty, timings: new RecordedTimings()).Suggest(request);
        var plain = new SuggestionEngine(index, SuggestionModel.Empty).Suggest(request);

        Assert.Equal(plain.Suggestions.Select(s => (s.Code.Code, s.Score)), timed.Suggestions.Select(s => (s.Code.Code, s.Score)));
        Assert.Equal(plain.Excluded.Select(s => s.Code.Code), timed.Excluded.Select(s => s.Code.Code));
    }

    private sealed class RecordedTimings : ISuggestionStageTimings
    {
        public List<(SuggestionStage Stage, TimeSpan Elapsed)> Stages { get; } = [];

        public void Record(SuggestionStage stage, TimeSpan elapsed)
        {
            lock (Stages) Stages.Add((stage, elapsed));
        }
    }
}
