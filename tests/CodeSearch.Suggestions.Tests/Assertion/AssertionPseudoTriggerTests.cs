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

    // A negated action (treatment, correction, improvement) leaves the findings after it as stated.
    [Theory]
    [InlineData("Hypertension diagnosed six months before without treatment, heart failure diagnosed later.", "heart failure")]
    [InlineData("Mild myopia without optical correction and type 2 diabetes on metformin.", "type 2 diabetes")]
    [InlineData("Antibiotics were given without clinical improvement and with a growing abscess.", "abscess")]
    [InlineData("The cough did not improve and she began to have haemoptysis.", "haemoptysis")]
    [InlineData("A melanoma not operated and a gastric ulcer treated with omeprazole.", "gastric ulcer")]
    public void Classify_NegatedActionThenFinding_Present(string sentence, string target) =>
        Assert.Equal(A.Present, Classify(sentence, target));

    [Fact]
    public void Classify_WithoutTreatmentOrFever_FeverStillNegated() =>
        Assert.Equal(A.Negated, Classify("Discharged without complications and without fever.", "fever"));

    [Theory]
    [InlineData("He ate nothing and, a day later, complained of abdominal pain.", "abdominal pain")]
    [InlineData("The patient does not tolerate food and started vomiting.", "vomiting")]
    public void Classify_NewComplaintAfterNegation_Present(string sentence, string target) =>
        Assert.Equal(A.Present, Classify(sentence, target));

    [Fact]
    public void Classify_HusbandReportedSymptom_PatientPresent() =>
        Assert.Equal(A.Present, Classify("Her husband reported dyspnea before the collapse.", "dyspnea"));

    [Fact]
    public void Classify_HusbandWithCondition_StillFamily() =>
        Assert.Equal(A.Family, Classify("Her husband has diabetes.", "diabetes"));
}
