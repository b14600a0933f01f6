using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Matching;

public class RomanNumeralsTests
{
    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("E109", "Type 1 diabetes mellitus without complications"),
        Icd("E119", "Type 2 diabetes mellitus without complications"),
        Icd("N185", "Chronic kidney disease, stage 5"),
        Icd("E7601", "Mucopolysaccharidosis, type I", billable: false),
    ]);

    private static List<string> Codes(string text) =>
        new NoteReader().Read(text, Dict.Vocabulary, CancellationToken.None)
            .SelectMany((s, i) => MentionFinder.Find(Dict, s, i))
            .Select(m => Dict.Codes[m.Term.CodePosition].Code).ToList();

    [Theory]
    [InlineData("type", "i", "1")]
    [InlineData("stage", "v", "5")]
    [InlineData("grade", "i", "1")]
    [InlineData("with", "i", null)]
    [InlineData(null, "i", null)]
    [InlineData("type", "x", null)]
    public void DigitOf_AfterCountingWordOnly(string? previous, string word, string? digit) =>
        Assert.Equal(digit, RomanNumerals.DigitOf(previous, word));

    [Theory]
    [InlineData("A history of diabetes mellitus type I and carpal tunnel syndrome.", "E109")]
    [InlineData("Chronic kidney disease stage V on dialysis.", "N185")]
    [InlineData("Mucopolysaccharidosis type I was confirmed.", "E7601")]
    public void Find_RomanNumeralAfterCountingWord_ReadsAsItsDigit(string text, string code)
    {
        Assert.Contains(code, Codes(text));
    }

    [Fact]
    public void Find_IntravenousAbbreviation_IsNotTheNumeralOne()
    {
        // "i.v." is two words, "i" and "v", after no counting word: the type 2 note never reads as type 1.
        Assert.DoesNotContain("E109", Codes("Type 2 diabetes mellitus treated with i.v. insulin."));
    }
}
