using CodeSearch.Core;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Learning;

public class PhraseLearnerTests
{
    private static TrainingNote Note(string text, params string[] codes) =>
        new($"n{text.GetHashCode():x}", text, CodeSystemId.Icd10Cm, codes);

    private static string Phrase(string text) => string.Join(' ', WordSplitter.Words(text).Select(Stemmer.Stem));

    private static LearnedTerm? Find(IEnumerable<LearnedTerm> terms, string phrase, string code) =>
        terms.SingleOrDefault(t => string.Join(' ', t.Stems) == Phrase(phrase) && t.Code == code);

    private static readonly TrainingNote[] Cough =
    [
        Note("Chronic cough with wheeze.", "R05"),
        Note("Chronic cough noted.", "R05"),
        Note("Cough resolved.", "Z00"),
        Note("Chronic fatigue.", "R53"),
    ];

    [Fact]
    public void Learn_PhraseWithCodeInTwoNotes_LearnedWithSupportAndPrecision()
    {
        var terms = PhraseLearner.Learn(Cough);

        var chronicCough = Find(terms, "chronic cough", "R05");
        Assert.NotNull(chronicCough);
        Assert.Equal(2, chronicCough.Support);
        Assert.Equal(1f, chronicCough.Precision);
        Assert.Equal(CodeSystemId.Icd10Cm, chronicCough.System);

        var cough = Find(terms, "cough", "R05");
        Assert.NotNull(cough);
        Assert.Equal(2, cough.Support);
        Assert.Equal(2f / 3f, cough.Precision, 5);
    }

    [Fact]
    public void Learn_PhraseInOneCodedNote_NotLearned()
    {
        var terms = PhraseLearner.Learn(Cough);

        Assert.Null(Find(terms, "wheeze", "R05"));
        Assert.DoesNotContain(terms, t => t.Code is "Z00" or "R53");
    }

    [Fact]
    public void Learn_PrecisionBelowMinimum_NotLearned()
    {
        const int notes = 50, withA = PhraseLearner.MinSupport;
        Assert.True((float)withA / notes < PhraseLearner.MinPrecision);
        var training = Enumerable.Range(0, notes).Select(i => Note($"Fever today {i}.", i < withA ? "A00" : "B00")).ToList();

        var terms = PhraseLearner.Learn(training);

        Assert.Null(Find(terms, "fever", "A00"));
        var b = Find(terms, "fever", "B00");
        Assert.NotNull(b);
        Assert.Equal((notes - withA, (float)(notes - withA) / notes), (b.Support, b.Precision));
    }

    [Fact]
    public void Learn_SubPhraseAsPrecise_LongerPhraseDominated()
    {
        var notes = new[] { Note("Biliary colic.", "K805"), Note("Biliary colic again.", "K805") };

        var terms = PhraseLearner.Learn(notes);

        Assert.NotNull(Find(terms, "biliary", "K805"));
        Assert.NotNull(Find(terms, "colic", "K805"));
        Assert.Null(Find(terms, "biliary colic", "K805"));
    }

    [Fact]
    public void Learn_SubPhraseLessPrecise_LongerPhraseKept() =>
        Assert.NotNull(Find(PhraseLearner.Learn(Cough), "chronic cough", "R05"));

    [Fact]
    public void Learn_CodeRepeatedInNote_CountedOnce()
    {
        var notes = new[] { Note("Biliary colic.", "K805", "K805"), Note("Biliary colic.", "K805") };

        Assert.Equal(2, Find(PhraseLearner.Learn(notes), "colic", "K805")!.Support);
    }

    [Fact]
    public void Learn_SameNotes_SameResult()
    {
        var first = PhraseLearner.Learn(Cough);
        var second = PhraseLearner.Learn(Cough.Reverse().ToArray());

        Assert.Equal(first.Select(Key), second.Select(Key));
    }

    [Fact]
    public void Learn_MoreThanMaxPhrasesForACode_KeepsMaxPerCode()
    {
        // Distinct made-up words, each as precise as any phrase holding it, so only single words survive.
        var text = string.Join(' ', Enumerable.Range(0, PhraseLearner.MaxPerCode + 4).Select(i => $"zq{(char)('a' + i)}x")) + ".";
        var notes = new[] { Note(text, "X1"), Note(text, "X1") };

        Assert.Equal(PhraseLearner.MaxPerCode, PhraseLearner.Learn(notes).Count(t => t.Code == "X1"));
    }

    [Fact]
    public void Phrases_SkipsStopWordsDigitsAndSingleLetters()
    {
        var phrases = PhraseLearner.Phrases("Type 2 diabetes with a neuropathy.");

        Assert.Contains(Phrase("type diabetes neuropathy"), phrases);
        Assert.DoesNotContain("2", phrases);
        Assert.DoesNotContain("a", phrases);
        Assert.DoesNotContain(phrases, p => p.Split(' ').Contains("with"));
    }

    [Fact]
    public void Phrases_DoNotCrossSentences()
    {
        var phrases = PhraseLearner.Phrases("Chronic cough. Fatigue today.");

        Assert.Contains(Phrase("chronic cough"), phrases);
        Assert.DoesNotContain(Phrase("cough fatigue"), phrases);
    }

    [Fact]
    public void Phrases_AtMostMaxWords()
    {
        var phrases = PhraseLearner.Phrases("alpha bravo charlie delta echo foxtrot.");

        Assert.All(phrases, p => Assert.InRange(p.Split(' ').Length, 1, PhraseLearner.MaxWords));
        Assert.Contains(Phrase("alpha bravo charlie delta"), phrases);
    }

    private static string Key(LearnedTerm t) => $"{string.Join(' ', t.Stems)}|{t.Code}|{t.Support}|{t.Precision}";
}
