using CodeSearch.Suggestions.Assertion;
using A = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Suggestions.Tests.Assertion;

/// <summary>Phrases that look like a negation or a family mention but state neither (translated case reports).</summary>
public class AssertionPseudoTriggerTests
{
    private static readonly AssertionClassifier Classifier = new();

    private static A Classify(string sentence, string target)
    {
        var start = sentence.IndexOf(target, StringComparison.Ordinal);
        Assert.True(start >= 0, "target not in sentence");
        return Classifier.Classify(sentence, start, start + target.Length, null).Assertion;
    }

    [Theory]
    [InlineData("A 10-year-old male with no history of interest, bilateral gonalgia and low back pain after a fall.", "low back pain")]
    [InlineData("No personal history of interest, smoker of 20 cigarettes a day.", "smoker")]
    public void Classify_NothingOfInterestThenFinding_Present(string sentence, string target) =>
        Assert.Equal(A.Present, Classify(sentence, target));

    // "past medical history" still makes what follows historical; only the negation is gone.
    [Fact]
    public void Classify_NoRelevantPastHistoryThenCondition_NotNegated() =>
        Assert.NotEqual(A.Negated, Classify("A woman with no relevant past medical history, hypertension treated with enalapril.", "hypertension"));

    [Fact]
    public void Classify_YearOldMotherWithCondition_PatientPresent() =>
        Assert.Equal(A.Present, Classify("A 37-year-old mother with mental retardation died due to convulsive status.", "mental retardation"));

    [Fact]
    public void Classify_NoHistoryOfCondition_StillNegated() =>
        Assert.Equal(A.Negated, Classify("No history of hypertension or diabetes.", "hypertension"));
}
