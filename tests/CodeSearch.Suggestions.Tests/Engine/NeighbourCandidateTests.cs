using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Tests.Support;

namespace CodeSearch.Suggestions.Tests.Engine;

public class NeighbourCandidateTests
{
    private static readonly List<TrainingNote> Train =
    [
        new("1", "Productive cough, fever and crackles at the right base.", CodeSystemId.Icd10Cm, ["J189"]),
        new("2", "Fever and productive cough; crackles on auscultation.", CodeSystemId.Icd10Cm, ["J189", "I10"]),
        new("3", "Blood pressure high at every visit.", CodeSystemId.Icd10Cm, ["I10"]),
    ];

    private static SuggestionEngine Engine()
    {
        var topics = TopicLearner.Learn(Train);
        return new SuggestionEngine(SampleIndex.Create(), SuggestionModel.Empty with { Topics = topics, Neighbours = NeighbourLearner.Learn(Train, topics) });
    }

    private static SuggestionResult Suggest(SuggestionEngine engine, string text) =>
        engine.Suggest(new SuggestionRequest { Text = text, MinScore = 0, MaxResults = 50 });

    [Fact]
    public void Suggest_NoWordingButSimilarTrainNotes_NeighbourCandidateWithSentenceEvidence()
    {
        const string text = "Seen today.\nFever with productive cough and crackles.";

        var pneumonia = Assert.Single(Suggest(Engine(), text).Suggestions, s => s.Code.Code == "J189");

        Assert.Equal("Fever with productive cough and crackles.", Assert.Single(pneumonia.Evidence).Text);
        Assert.Contains("similar train notes", pneumonia.Rationale);
    }

    [Fact]
    public void Suggest_NothingInCommonWithTrainNotes_NoNeighbourCandidate() =>
        Assert.DoesNotContain(Suggest(Engine(), "Sprained ankle after a fall.").Suggestions, s => s.Code.Code == "J189");

    [Fact]
    public void Suggest_WithoutNeighbours_NoCandidateWithoutWording() =>
        Assert.DoesNotContain(new SuggestionEngine(SampleIndex.Create(), SuggestionModel.Empty)
            .Suggest(new SuggestionRequest { Text = "Fever with productive cough and crackles.", MinScore = 0 }).Suggestions,
            s => s.Code.Code == "J189");
}
