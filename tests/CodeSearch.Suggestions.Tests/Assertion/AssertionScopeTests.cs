using CodeSearch.Suggestions.Assertion;
using A = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Suggestions.Tests.Assertion;

/// <summary>The scope rules: clause breaks, list items after a comma, negated history, hypothetical mentions.</summary>
public class AssertionScopeTests
{
    private static readonly AssertionClassifier Classifier = new();

    private static A Classify(string sentence, string target)
    {
        var start = sentence.IndexOf(target, StringComparison.Ordinal);
        Assert.True(start >= 0, "target not in sentence");
        return Classifier.Classify(sentence, start, start + target.Length).Assertion;
    }

    [Theory]
    [InlineData("There was no hypotension, and the patient developed acute kidney injury.", "acute kidney injury")]
    [InlineData("Ultrasound without gallstones, showing hepatic steatosis.", "hepatic steatosis")]
    [InlineData("Negative for HIV, positive for hepatitis C.", "hepatitis C")]
    [InlineData("The patient denied trauma and was admitted for syncope.", "syncope")]
    public void Classify_ClauseBreakAfterNegation_NewClausePresent(string sentence, string target) =>
        Assert.Equal(A.Present, Classify(sentence, target));

    [Theory]
    [InlineData("A biopsy was requested to rule out lymphoma, confirming lymphoma.", "lymphoma.")]
    [InlineData("A culture was taken to rule out infection, confirmed infection.", "infection.")]
    public void Classify_ConfirmingAfterAHypothesis_NewClausePresent(string sentence, string target) =>
        Assert.Equal(A.Present, Classify(sentence, target));

    [Fact]
    public void Classify_ConfirmedNextToNegation_StillNegated() =>
        Assert.Equal(A.Negated, Classify("No confirmed diagnosis of lupus.", "lupus"));

    [Theory]
    [InlineData("He has not had hemoptysis.", "hemoptysis")]
    [InlineData("Pneumothorax is not observed.", "Pneumothorax")]
    [InlineData("Lymph node involvement was not found.", "Lymph node involvement")]
    public void Classify_ClauseBreakNextToTrigger_StillNegated(string sentence, string target) =>
        Assert.Equal(A.Negated, Classify(sentence, target));

    [Fact]
    public void Classify_LongReviewOfSystemsList_EveryItemNegated() =>
        Assert.Equal(A.Negated, Classify("No fever, chills, cough, dyspnea, chest pain, palpitations or syncope.", "syncope"));

    [Fact]
    public void Classify_LongStatementAfterComma_NotAListItem() =>
        Assert.Equal(A.Present, Classify("Denies alcohol use, smoker of 20 cigarettes a day with chronic bronchitis.", "chronic bronchitis"));

    [Fact]
    public void Classify_WithAfterComma_EndsTheNegation() =>
        Assert.Equal(A.Present, Classify("Without nausea or vomiting, with diarrhea for three days.", "diarrhea"));

    [Fact]
    public void Classify_WithoutPersonalHistoryOf_NegatedNotHistorical() =>
        Assert.Equal(A.Negated, Classify("Without a personal history of stroke.", "stroke"));

    [Theory]
    [InlineData("Return to the emergency department if fever develops.", "fever")]
    [InlineData("Prophylaxis against deep vein thrombosis was started.", "deep vein thrombosis")]
    [InlineData("Risk of bleeding was explained to the patient.", "bleeding")]
    public void Classify_ConditionThatMayHappen_Hypothetical(string sentence, string target) =>
        Assert.Equal(A.Hypothetical, Classify(sentence, target));

    [Theory]
    [InlineData("Malignancy could not be excluded.", "Malignancy", A.Possible)]
    [InlineData("Metastases were excluded by PET scan.", "Metastases", A.Negated)]
    [InlineData("The diagnosis of tuberculosis was discarded.", "tuberculosis", A.Negated)]
    public void Classify_ExcludedPhrasings_NegatedUnlessOnlyNotExcluded(string sentence, string target, A expected) =>
        Assert.Equal(expected, Classify(sentence, target));
}
