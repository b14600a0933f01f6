using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Matching;

public class WordSplitterTests
{
    private static List<(int Start, int End, string Word)> Split(string text, int start, int end)
    {
        var words = new List<(int, int, string)>();
        WordSplitter.Split(text, start, end, (s, e, w) => words.Add((s, e, w)));
        return words;
    }

    [Fact]
    public void Words_MixedCase_LowerCased() =>
        Assert.Equal(["type", "2", "diabetes", "mellitus"], WordSplitter.Words("Type 2 DIABETES Mellitus"));

    [Fact]
    public void Words_Accents_FoldedToAscii() =>
        Assert.Equal(["neumonia", "cronica", "muller"], WordSplitter.Words("Neumonía CRÓNICA Müller"));

    [Fact]
    public void Words_Ligature_FoldedToTwoLetters() =>
        Assert.Equal(["oedema"], WordSplitter.Words("Œdema"));

    [Theory]
    [InlineData("non-small-cell", new[] { "non", "small", "cell" })]
    [InlineData("HTN/DM", new[] { "htn", "dm" })]
    [InlineData("Essential (primary) hypertension", new[] { "essential", "primary", "hypertension" })]
    [InlineData("E11.9", new[] { "e11", "9" })]
    [InlineData("Crohn's", new[] { "crohn", "s" })]
    public void Words_Punctuation_Splits(string text, string[] expected) =>
        Assert.Equal(expected, WordSplitter.Words(text));

    [Fact]
    public void Words_OnlyPunctuation_Empty() => Assert.Empty(WordSplitter.Words(" -- / () , "));

    [Fact]
    public void Split_AccentedWords_OffsetsPointIntoOriginalText()
    {
        const string text = "Œdème du pied, neumonía.";

        var words = Split(text, 0, text.Length);

        Assert.Equal(["oedeme", "du", "pied", "neumonia"], words.Select(w => w.Word));
        Assert.Equal(["Œdème", "du", "pied", "neumonía"], words.Select(w => text[w.Start..w.End]));
    }

    [Fact]
    public void Split_Range_OnlyWordsInsideAndCutAtRangeEnd()
    {
        const string text = "chest pain and fever";

        var words = Split(text, 6, 13);

        Assert.Equal([(6, 10, "pain"), (11, 13, "an")], words);
    }
}
