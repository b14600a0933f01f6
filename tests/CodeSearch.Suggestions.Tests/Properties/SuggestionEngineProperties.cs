using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Tests.Support;
using FsCheck.Xunit;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Properties;

/// <summary>
/// Properties of the whole pipeline for any text (<see cref="NoteGenerators"/>), with the hand-set model and with the
/// embedded learned one: it never throws, every evidence span lies inside the text and quotes it exactly, evidence comes
/// in text order, and every score is a number in [0, 1].
/// </summary>
public class SuggestionEngineProperties
{
    private const int Runs = 300;

    private static readonly FakeIndex Index = SampleIndex.Create();

    private static readonly SuggestionEngine HandSet = new(Index, SuggestionModel.Empty);
    private static readonly SuggestionEngine Learned = new(Index, SuggestionModel.Default);

    [Property(Arbitrary = [typeof(NoteGenerators)], MaxTest = Runs)]
    public void Suggest_AnyTextHandSetModel_EvidenceQuotesTheTextAndScoresInUnitInterval(GeneratedNote note) =>
        CheckInvariants(HandSet, note.Text);

    [Property(Arbitrary = [typeof(NoteGenerators)], MaxTest = Runs)]
    public void Suggest_AnyTextLearnedModel_EvidenceQuotesTheTextAndScoresInUnitInterval(GeneratedNote note) =>
        CheckInvariants(Learned, note.Text);

    [Fact]
    public void Suggest_GeneratedNotes_SomeHaveSuggestions()
    {
        // Guards the properties against a generator that never produces anything codable (they would hold vacuously).
        var notes = FsCheck.Fluent.Gen.Sample(NoteGenerators.Notes().Generator, 200, 40);
        var withSuggestions = notes.Count(n => Suggest(HandSet, n.Text).Suggestions.Count > 0);

        Assert.True(withSuggestions > 20, $"only {withSuggestions} of 200 generated notes had suggestions");
    }

    private static SuggestionResult Suggest(SuggestionEngine engine, string text) =>
        engine.Suggest(new SuggestionRequest { Text = text, MinScore = 0, IncludeExcluded = true, MaxResults = SuggestionLimits.MaxResultsLimit });

    private static void CheckInvariants(SuggestionEngine engine, string text)
    {
        var result = Suggest(engine, text);

        foreach (var suggestion in result.Suggestions)
        {
            CheckScore(suggestion.Score);
            CheckEvidence(text, suggestion.Evidence);
        }
        foreach (var excluded in result.Excluded)
        {
            CheckScore(excluded.Score);
            CheckEvidence(text, excluded.Evidence);
        }
    }

    private static void CheckScore(double score) => Assert.True(score is >= 0 and <= 1, $"score {score} is outside [0, 1]");

    private static void CheckEvidence(string text, IReadOnlyList<EvidenceSpan> evidence)
    {
        Assert.NotEmpty(evidence);
        var previous = -1;
        foreach (var span in evidence)
        {
            Assert.True(span.Start >= 0 && span.Start < span.End && span.End <= text.Length,
                $"span [{span.Start}, {span.End}) does not lie inside a text of {text.Length} characters");
            Assert.Equal(text[span.Start..span.End], span.Text);
            Assert.True(span.Start >= previous, "evidence is not in text order");
            previous = span.Start;
        }
    }
}
