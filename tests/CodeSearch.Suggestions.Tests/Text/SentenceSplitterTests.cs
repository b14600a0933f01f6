using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToArray();

    [Fact]
    public void Split_PeriodThenCapital_TwoSentences()
    {
        Assert.Equal(["Pt has HTN.", "She denies chest pain."], Sentences("Pt has HTN.  She denies chest pain."));
    }

    [Fact]
    public void Split_QuestionAndExclamation_Split()
    {
        Assert.Equal(["Fever?", "None reported!", "Afebrile."], Sentences("Fever? None reported! Afebrile."));
    }

    [Fact]
    public void Split_PeriodThenLowerCase_NoSplit()
    {
        Assert.Equal(["Stable vs. worse. unclear."], Sentences("Stable vs. worse. unclear."));
    }

    [Theory]
    [InlineData("Seen by Dr. Patel for CHF.")]
    [InlineData("Discussed with Mr. Jones today.")]
    [InlineData("Chronic pain, e.g. Knee and hip.")]
    [InlineData("Statins, i.e. Atorvastatin, were started.")]
    [InlineData("CHF vs. COPD exacerbation.")]
    [InlineData("Mass approx. 2.5 cm in diameter.")]
    [InlineData("Coded as E11.9 for T2DM.")]
    [InlineData("Weight 72.5 kg, temp 37.2 C.")]
    public void Split_AbbreviationsDecimalsAndCodes_OneSentence(string text)
    {
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Split_PeriodThenNewline_SplitsEvenBeforeLowerCase()
    {
        Assert.Equal(["Denies fever.", "no chills"], Sentences("Denies fever.\nno chills"));
    }

    [Fact]
    public void Split_WrappedLine_StaysOneSentence()
    {
        Assert.Equal(["Patient with long-standing\nhypertension on lisinopril."], Sentences("Patient with long-standing\nhypertension on lisinopril."));
    }

    [Fact]
    public void Split_ListItems_EachItemOneSentence()
    {
        const string text = "Problems:\n- HTN\n- T2DM without complications\n1. CKD 3\n2) GERD\nPlan as above";

        Assert.Equal(["Problems:", "- HTN", "- T2DM without complications", "1. CKD 3", "2) GERD", "Plan as above"], Sentences(text));
    }

    [Fact]
    public void Split_NumberedListWithPeriods_NumberDoesNotEndSentence()
    {
        Assert.Equal(["1. Hypertension, stable.", "2. Type 2 diabetes."], Sentences("1. Hypertension, stable.\n2. Type 2 diabetes."));
    }

    [Fact]
    public void Split_HeaderLines_HeaderIsOwnSentence()
    {
        const string text = "Assessment\nSuspected pneumonia\nPlan\nstart antibiotics";

        Assert.Equal(["Assessment", "Suspected pneumonia", "Plan", "start antibiotics"], Sentences(text));
    }

    [Fact]
    public void Split_InlineHeader_SplitAfterColon()
    {
        Assert.Equal(["HPI:", "58 yo F with CHF, s/p CABG."], Sentences("HPI: 58 yo F with CHF, s/p CABG."));
    }

    [Fact]
    public void Split_BlankLine_EndsSentence()
    {
        Assert.Equal(["No known allergies", "Smokes daily"], Sentences("No known allergies\n\nSmokes daily"));
    }

    [Fact]
    public void Split_Range_OnlySentencesInsideRange()
    {
        const string text = "CC: cough. HPI: dry cough for 2 weeks. No fever.";
        var start = text.IndexOf("dry", StringComparison.Ordinal);

        var sentences = SentenceSplitter.Split(text, new TextSpan(start, text.Length));

        Assert.Equal(["dry cough for 2 weeks.", "No fever."], sentences.Select(s => s.Of(text)));
    }

    [Fact]
    public void Split_RangePastEnd_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SentenceSplitter.Split("abc", new TextSpan(0, 4)));
    }

    [Fact]
    public void Split_RandomStrings_SentencesOrderedTrimmedAndCoverAllText()
    {
        foreach (var text in RandomText.Strings(seed: 1234, count: 3000))
        {
            var sentences = SentenceSplitter.Split(text);
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.Start >= previousEnd);
                Assert.True(s.End > s.Start);
                Assert.True(s.End <= text.Length);
                Assert.False(char.IsWhiteSpace(text[s.Start]));
                Assert.False(char.IsWhiteSpace(text[s.End - 1]));
                for (var i = s.Start; i < s.End; i++)
                {
                    covered[i] = true;
                }

                previousEnd = s.End;
            }

            for (var i = 0; i < text.Length; i++)
            {
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"uncovered non-whitespace at {i}");
            }
        }
    }
}
