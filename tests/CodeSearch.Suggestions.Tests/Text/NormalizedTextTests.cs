using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Text;

public class NormalizedTextTests
{
    [Theory]
    [InlineData("Chest PAIN", "chest pain")]
    [InlineData("Café-au-lait spots", "cafe-au-lait spots")]
    [InlineData("Ménière disease", "meniere disease")]
    [InlineData("Me\u0301nie\u0300re", "meniere")]
    [InlineData("Gauß", "gauss")]
    [InlineData("ﬁbrosis", "fibrosis")]
    [InlineData("ＨＴＮ", "htn")]
    [InlineData("Type 2 “DM” – controlled", "type 2 \"dm\" - controlled")]
    [InlineData("m²", "m2")]
    [InlineData("chest\r\n\t pain", "chest pain")]
    [InlineData("chest\u00A0pain", "chest pain")]
    [InlineData("ch\u200Best\u200D pa\u200Cin\uFEFF", "chest pain")]
    [InlineData("\u200Eleft\u202B \u202Eknee\u202C", "left knee")]
    [InlineData("a\0b\u0007c", "abc")]
    [InlineData("  \n ", " ")]
    [InlineData("", "")]
    public void Create_ClinicalText_FoldsForMatching(string original, string expected)
    {
        Assert.Equal(expected, NormalizedText.Create(original).Text);
    }

    // Lone surrogates cannot go through [InlineData]: xUnit replaces them with U+FFFD when serialising.
    [Fact]
    public void Create_LoneSurrogates_Dropped()
    {
        Assert.Equal("lone high", NormalizedText.Create("lone\uD800 high").Text);
        Assert.Equal("lonelow", NormalizedText.Create("lone\uDC00low").Text);
        Assert.Equal("ab", NormalizedText.Create("a\uDC00\uD800b").Text);
    }

    [Fact]
    public void Create_SurrogatePair_KeptUnchanged()
    {
        var text = NormalizedText.Create("a\uD83D\uDE00b");

        Assert.Equal("a\uD83D\uDE00b", text.Text);
        Assert.Equal(new TextSpan(1, 3), text.ToOriginalSpan(1, 2));
    }

    [Fact]
    public void ToOriginalSpan_AfterCollapsedWhitespace_PointsAtClientText()
    {
        const string original = "Pt\r\n\r\n  with  HTN";
        var text = NormalizedText.Create(original);
        var at = text.Text.IndexOf("htn", StringComparison.Ordinal);

        var span = text.ToOriginalSpan(at, at + 3);

        Assert.Equal("HTN", span.Of(original));
    }

    [Fact]
    public void ToOriginalSpan_PhraseAcrossLineBreak_CoversOriginalBreak()
    {
        const string original = "Dx: chest\r\npain today";
        var text = NormalizedText.Create(original);
        var at = text.Text.IndexOf("chest pain", StringComparison.Ordinal);

        Assert.Equal("chest\r\npain", text.ToOriginalSpan(at, at + 10).Of(original));
    }

    [Fact]
    public void ToOriginalSpan_WordWithCombiningAccent_IncludesTheMark()
    {
        const string original = "Me\u0301nie\u0300re disease";
        var text = NormalizedText.Create(original);

        Assert.Equal("Me\u0301nie\u0300re", text.ToOriginalSpan(0, 7).Of(original));
    }

    [Fact]
    public void ToOriginalSpan_AfterDroppedZeroWidthChars_PointsAtClientText()
    {
        const string original = "\uFEFF\u200Bdenies\u200E fever";
        var text = NormalizedText.Create(original);
        var at = text.Text.IndexOf("fever", StringComparison.Ordinal);

        Assert.Equal("denies", text.ToOriginalSpan(0, 6).Of(original));
        Assert.Equal("fever", text.ToOriginalSpan(at, at + 5).Of(original));
    }

    [Fact]
    public void ToOriginalSpan_ExpandedLigature_MapsToSingleOriginalChar()
    {
        const string original = "ﬁbrosis";
        var text = NormalizedText.Create(original);

        Assert.Equal("ﬁ", text.ToOriginalSpan(0, 2).Of(original));
        Assert.Equal("ﬁ", text.ToOriginalSpan(1, 2).Of(original));
        Assert.Equal(original, text.ToOriginalSpan(0, text.Text.Length).Of(original));
    }

    [Fact]
    public void ToOriginalSpan_EmptyRange_EmptyAtMappedPosition()
    {
        var text = NormalizedText.Create("\u200Bab");

        Assert.Equal(new TextSpan(1, 1), text.ToOriginalSpan(0, 0));
        Assert.Equal(new TextSpan(3, 3), text.ToOriginalSpan(2, 2));
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(2, 1)]
    [InlineData(0, 99)]
    public void ToOriginalSpan_InvalidRange_Throws(int start, int end)
    {
        var text = NormalizedText.Create("HTN");

        Assert.Throws<ArgumentOutOfRangeException>(() => text.ToOriginalSpan(start, end));
    }

    [Fact]
    public void ToOriginalIndex_TextLength_MapsToOriginalLength()
    {
        var text = NormalizedText.Create("HTN\u200B");

        Assert.Equal(4, text.ToOriginalIndex(3));
    }

    [Fact]
    public void Create_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => NormalizedText.Create(null!));
    }

    [Fact]
    public void Create_RandomStrings_MapsEverySpanInsideOriginalInOrder()
    {
        foreach (var original in RandomText.Strings(seed: 4711, count: 3000))
        {
            var text = NormalizedText.Create(original);
            var n = text.Text.Length;
            Assert.True(n <= original.Length * 3);
            var previous = -1;
            for (var i = 0; i < n; i++)
            {
                var single = text.ToOriginalSpan(i, i + 1);
                Assert.InRange(single.Start, 0, original.Length - 1);
                Assert.InRange(single.End, single.Start + 1, original.Length);
                Assert.True(single.Start >= previous);
                Assert.False(char.IsLowSurrogate(original[single.Start]));
                Assert.False(single.End < original.Length && char.IsLowSurrogate(original[single.End]) && char.IsHighSurrogate(original[single.End - 1]));
                previous = single.Start;
            }

            var whole = text.ToOriginalSpan(0, n);
            Assert.InRange(whole.End, whole.Start, original.Length);
            if (n > 0)
            {
                var random = new Random(n);
                var a = random.Next(n);
                var b = random.Next(a, n + 1);
                var span = text.ToOriginalSpan(a, b);
                Assert.True(whole.Contains(span));
            }
        }
    }

    [Fact]
    public void Create_RandomStrings_OutputHasNoControlFormatOrLoneSurrogateChars()
    {
        foreach (var original in RandomText.Strings(seed: 99, count: 2000))
        {
            var text = NormalizedText.Create(original).Text;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                Assert.False(char.IsControl(c));
                Assert.False(c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E'));
                Assert.False(char.IsWhiteSpace(c) && c != ' ');
                Assert.False(c == ' ' && i > 0 && text[i - 1] == ' ');
                if (char.IsHighSurrogate(c))
                {
                    Assert.True(i + 1 < text.Length && char.IsLowSurrogate(text[++i]));
                }
                else
                {
                    Assert.False(char.IsLowSurrogate(c));
                }
            }
        }
    }
}
