using CodeSearch.Suggestions.Assertion;
using A = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Suggestions.Tests.Assertion;

public class AssertionClassifierTests
{
    private static readonly AssertionClassifier Classifier = new();

    private static AssertionResult Classify(string sentence, string target, string? section = null)
    {
        var start = sentence.IndexOf(target, StringComparison.Ordinal);
        Assert.True(start >= 0, "target not in sentence");
        return Classifier.Classify(sentence, start, start + target.Length, section);
    }

    [Theory]
    [InlineData("chest pain", A.Negated)]
    [InlineData("HTN", A.Present)]
    [InlineData("T2DM", A.Present)]
    public void Classify_DeniesChestPainSentence_OnlyChestPainNegated(string target, A expected) =>
        Assert.Equal(expected, Classify("Pt with HTN and T2DM, denies chest pain", target).Assertion);

    [Fact]
    public void Classify_DeniesChestPain_ReportsTriggerSpan()
    {
        const string sentence = "Pt with HTN and T2DM, denies chest pain";

        var result = Classify(sentence, "chest pain");

        Assert.Equal("denies", sentence[result.Trigger!.Start..result.Trigger.End]);
        Assert.False(result.FromSection);
    }

    [Fact]
    public void Classify_MotherHasBreastCancer_Family() =>
        Assert.Equal(A.Family, Classify("Mother has breast cancer", "breast cancer").Assertion);

    [Fact]
    public void Classify_HistoryOfMi_Historical() =>
        Assert.Equal(A.Historical, Classify("history of MI", "MI").Assertion);

    [Fact]
    public void Classify_RuleOutPneumonia_Possible() =>
        Assert.Equal(A.Possible, Classify("r/o pneumonia", "pneumonia").Assertion);

    [Fact]
    public void Classify_NoIncreaseInPain_PresentBecausePseudoTrigger() =>
        Assert.Equal(A.Present, Classify("no increase in pain", "pain").Assertion);

    [Fact]
    public void Classify_DeniesFeverButReportsCough_CoughPresent()
    {
        Assert.Equal(A.Present, Classify("denies fever but reports cough", "cough").Assertion);
        Assert.Equal(A.Negated, Classify("denies fever but reports cough", "fever").Assertion);
    }

    [Fact]
    public void Classify_NoHistoryOf_NegatedBeatsHistorical() =>
        Assert.Equal(A.Negated, Classify("no history of MI", "MI").Assertion);

    [Fact]
    public void Classify_FamilyHistorySection_FamilyFromSection()
    {
        var result = Classify("Diabetes.", "Diabetes", "FamilyHistory");

        Assert.Equal(A.Family, result.Assertion);
        Assert.True(result.FromSection);
    }

    [Fact]
    public void Classify_NegatedInFamilyHistorySection_StaysNegated() =>
        Assert.Equal(A.Negated, Classify("No colon cancer.", "colon cancer", "FamilyHistory").Assertion);

    [Fact]
    public void Classify_PastMedicalHistorySection_HistoricalUnlessNegated()
    {
        Assert.Equal(A.Historical, Classify("Asthma.", "Asthma", "PastMedicalHistory").Assertion);
        Assert.Equal(A.Negated, Classify("No asthma.", "asthma", "PastMedicalHistory").Assertion);
    }

    [Fact]
    public void Classify_BeyondMaxScope_Present() =>
        Assert.Equal(A.Present, Classify("No distress on arrival to the unit this morning and later developed headache", "headache").Assertion);

    [Fact]
    public void Classify_TriggerInsideTarget_Ignored() =>
        Assert.Equal(A.Present, Classify("Patient has no evidence of disease", "no evidence of disease").Assertion);

    [Fact]
    public void Classify_SpanOutsideSentence_ThrowsWithoutNoteText()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Classifier.Classify("secret note text", 3, 99));

        Assert.DoesNotContain("secret", ex.Message);
    }
}

/// <summary>A sentence tokenised once and classified for several mentions answers as the one-shot form does.</summary>
public class AssertionSentenceTests
{
    [Theory]
    [InlineData("Denies chest pain but reports shortness of breath and history of asthma.")]
    [InlineData("Mother with diabetes; no fever, possible pneumonia.")]
    public void Classify_EveryWordOfASharedSentence_SameAsClassifyingTheText(string text)
    {
        var classifier = new AssertionClassifier();
        var sentence = new AssertionSentence(text);

        foreach (var word in System.Text.RegularExpressions.Regex.Matches(text, @"\w+"))
        {
            var m = (System.Text.RegularExpressions.Match)word;
            foreach (var section in new[] { null, "FamilyHistory", "PastMedicalHistory" })
            {
                Assert.Equal(classifier.Classify(text, m.Index, m.Index + m.Length, section),
                    classifier.Classify(sentence, m.Index, m.Index + m.Length, section));
            }
        }
    }

    private static readonly AssertionClassifier Classifier = new();

    [Theory]
    [InlineData("No colon cancer.", "colon cancer")]
    [InlineData("Asthma.", "Asthma")]
    [InlineData("Mother has breast cancer", "breast cancer")]
    [InlineData("history of MI", "MI")]
    public void Classify_SectionKindEnum_SameAsItsName(string text, string target)
    {
        var sentence = new AssertionSentence(text);
        var start = text.IndexOf(target, StringComparison.Ordinal);
        foreach (var kind in Enum.GetValues<CodeSearch.Suggestions.Sections.SectionKind>())
        {
            Assert.Equal(Classifier.Classify(sentence, start, start + target.Length, kind.ToString()),
                Classifier.Classify(sentence, start, start + target.Length, kind));
        }
    }

    [Fact]
    public void Classify_FamilyAndPastHistorySections_ImplyTheirAssertion()
    {
        var sentence = new AssertionSentence("Asthma.");
        Assert.Equal(A.Family, Classifier.Classify(sentence, 0, 6, CodeSearch.Suggestions.Sections.SectionKind.FamilyHistory).Assertion);
        Assert.Equal(A.Historical, Classifier.Classify(sentence, 0, 6, CodeSearch.Suggestions.Sections.SectionKind.PastSurgicalHistory).Assertion);
        Assert.Equal(A.Present, Classifier.Classify(sentence, 0, 6, CodeSearch.Suggestions.Sections.SectionKind.Assessment).Assertion);
    }
}
