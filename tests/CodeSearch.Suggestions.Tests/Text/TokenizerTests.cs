using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Tokenize_Sentence_WordsWithOffsets()
    {
        const string text = "Pt denies chest pain.";

        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["Pt", "denies", "chest", "pain"], tokens.Select(t => t.Text));
        Assert.Equal(new TextSpan(10, 15), tokens[2].Span);
        Assert.All(tokens, t => Assert.Equal(t.Text, t.Span.Of(text)));
    }

    [Theory]
    [InlineData("s/p CABG", new[] { "s/p", "CABG" })]
    [InlineData("r/o MI", new[] { "r/o", "MI" })]
    [InlineData("c/o N/V x2 days", new[] { "c/o", "N/V", "x2", "days" })]
    [InlineData("HTN/DM", new[] { "HTN", "DM" })]
    [InlineData("and/or", new[] { "and", "or" })]
    [InlineData("follow-up in 2-3 weeks", new[] { "follow-up", "in", "2-3", "weeks" })]
    [InlineData("COVID-19 negative", new[] { "COVID-19", "negative" })]
    [InlineData("BP 120/80, HR 72", new[] { "BP", "120/80", "HR", "72" })]
    [InlineData("E11.9 and S72.001A", new[] { "E11.9", "and", "S72.001A" })]
    [InlineData("Hb 2.5. Next", new[] { "Hb", "2.5", "Next" })]
    [InlineData("e.g. statins", new[] { "e.g", "statins" })]
    [InlineData("patient's knee", new[] { "patient's", "knee" })]
    [InlineData("pain-", new[] { "pain" })]
    [InlineData("--- (HTN) ---", new[] { "HTN" })]
    [InlineData("Ménière's", new[] { "Ménière's" })]
    [InlineData("", new string[0])]
    public void Tokenize_ClinicalShorthand_ExpectedTokens(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Tokenize_CombiningMark_StaysInWord()
    {
        Assert.Equal(["Me\u0301niere"], Words("Me\u0301niere"));
    }

    [Fact]
    public void Tokenize_Kinds_NumberOnlyForDigits()
    {
        var tokens = Tokenizer.Tokenize("T2DM 2.5 120/80 E11.9");

        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Number, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Tokenize_Range_OnlyTokensInside()
    {
        const string text = "CC: cough. HPI: fever";

        var tokens = Tokenizer.Tokenize(text, new TextSpan(4, 10));

        Assert.Equal(["cough"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_RandomStrings_TokensOrderedInsideSentences()
    {
        foreach (var text in RandomText.Strings(seed: 77, count: 3000))
        {
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var previousEnd = sentence.Start;
                foreach (var token in Tokenizer.Tokenize(text, sentence))
                {
                    Assert.True(token.Span.Start >= previousEnd);
                    Assert.True(token.Span.End > token.Span.Start);
                    Assert.True(sentence.Contains(token.Span));
                    Assert.Equal(token.Text, token.Span.Of(text));
                    Assert.False(char.IsWhiteSpace(token.Text[0]));
                    Assert.False(char.IsLowSurrogate(token.Text[0]));
                    previousEnd = token.Span.End;
                }
            }

            var whole = Tokenizer.Tokenize(text);
            for (var i = 1; i < whole.Count; i++)
            {
                Assert.True(whole[i].Span.Start >= whole[i - 1].Span.End);
            }
        }
    }
}
