using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Matching;

/// <summary>A resistant organism never gives the susceptible code (and the reverse), whatever wording matched it.</summary>
public class ContrastingWordsTests
{
    // A learned phrase "staphylococcus" for the susceptible code, as the CodiEsp train notes taught the shipped model;
    // "MRSA" an index term of the resistant code.
    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("B956", "Staphylococcus aureus as the cause of diseases classified elsewhere", billable: false),
        Icd("B9561", "Methicillin susceptible Staphylococcus aureus infection as the cause of diseases classified elsewhere", parent: "B956"),
        Icd("B9562", "Methicillin resistant Staphylococcus aureus infection as the cause of diseases classified elsewhere", parent: "B956"),
        Icd("R7881", "Bacteremia"),
    ], synonyms: c => c.Code == "B9562" ? ["MRSA"] : [],
        learned: [new([Stemmer.Stem("staphylococcus")], Core.CodeSystemId.Icd10Cm, "B9561", 5, 0.4f)]);

    private static List<string> Codes(string text)
    {
        var sentences = new NoteReader().Read(text, Dict.Vocabulary, CancellationToken.None);
        return sentences.SelectMany((s, i) => ContrastingWords.Apply(Dict, text, s, MentionFinder.Find(Dict, s, i)))
            .Select(m => Dict.Codes[m.Term.CodePosition].Code).Distinct().ToList();
    }

    [Theory]
    [InlineData("Blood cultures grew methicillin-resistant Staphylococcus aureus.")]
    [InlineData("Staphylococcus aureus bacteremia, MRSA.")]
    public void Apply_ResistantOrganism_ResistantCodeNeverSusceptible(string text)
    {
        var codes = Codes(text);

        Assert.Contains("B9562", codes);
        Assert.DoesNotContain("B9561", codes);
    }

    [Fact]
    public void Apply_ResistantWordAbsent_SusceptibleLearnedPhraseKept()
    {
        Assert.Contains("B9561", Codes("Blood cultures grew Staphylococcus aureus."));
    }

    [Fact]
    public void Apply_SensitiveOrganism_SusceptibleCodeNotResistant()
    {
        var codes = Codes("Methicillin-sensitive Staphylococcus aureus infection as the cause.");

        Assert.Contains("B9561", codes);
        Assert.DoesNotContain("B9562", codes);
    }

    [Fact]
    public void Apply_BothSidesStated_NothingMoved()
    {
        var codes = Codes("Staphylococcus aureus, methicillin susceptible, not resistant.");

        Assert.Contains("B9561", codes);
    }
}
