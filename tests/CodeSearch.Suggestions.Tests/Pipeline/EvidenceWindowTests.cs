using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Pipeline;

public class EvidenceWindowTests
{
    // Stems 0 and 1 required, 2 optional; 9 is some other word.
    private static readonly Term Term = new(0, "test term", TermSource.Description, new[] { 0, 1 }, new[] { 1f, 1f }, new[] { 2 }, 0f, 0);

    // One word per stem, five characters apart: word i spans [5i, 5i+4).
    private static Word[] Words(params int[] stems) =>
        stems.Select((s, i) => new Word(i * 5, i * 5 + 4, s, false)).ToArray();

    [Fact]
    public void Find_NoWordOfTheTerm_Null() => Assert.Null(EvidenceWindow.Find(Words(9, 9, -1), Term));

    [Fact]
    public void Find_AdjacentWords_FullCompactness()
    {
        var window = EvidenceWindow.Find(Words(9, 0, 1, 9), Term)!.Value;

        Assert.Equal(new TextSpan(5, 14), window.Span);
        Assert.Equal(2, window.Matched);
        Assert.Equal(1f, window.Compactness);
        Assert.False(window.ViaAbbreviation);
    }

    [Fact]
    public void Find_RepeatedWords_TightestWindow()
    {
        // 0 . . 1 . 0 1 : the window [5, 6] beats [0, 3].
        var window = EvidenceWindow.Find(Words(0, 9, 9, 1, 9, 0, 1), Term)!.Value;

        Assert.Equal(new TextSpan(25, 34), window.Span);
        Assert.Equal(1f, window.Compactness);
    }

    [Fact]
    public void Find_GapInWindow_CompactnessIsMatchedOverPositions()
    {
        var window = EvidenceWindow.Find(Words(0, 9, 9, 1), Term)!.Value;

        Assert.Equal(new TextSpan(0, 19), window.Span);
        Assert.Equal(2, window.Matched);
        Assert.Equal(2f / 4f, window.Compactness, 5);
    }

    [Fact]
    public void Find_OptionalWordPresent_CountsAsMatched()
    {
        var window = EvidenceWindow.Find(Words(0, 2, 1), Term)!.Value;

        Assert.Equal(3, window.Matched);
        Assert.Equal(new TextSpan(0, 14), window.Span);
    }

    [Fact]
    public void Find_OnlySomeWords_WindowOverThoseFound()
    {
        var window = EvidenceWindow.Find(Words(9, 1, 9), Term)!.Value;

        Assert.Equal(1, window.Matched);
        Assert.Equal(new TextSpan(5, 9), window.Span);
    }

    [Fact]
    public void Find_AbbreviationExpansion_SharesOnePositionAndFlagsWindow()
    {
        // "HTN" at [10, 13) expanded to two words (stems 0 and 1) on the same span.
        Word[] words = [new(0, 4, 9, false), new(10, 13, 0, true), new(10, 13, 1, true), new(20, 24, 9, false)];

        var window = EvidenceWindow.Find(words, Term)!.Value;

        Assert.Equal(new TextSpan(10, 13), window.Span);
        Assert.Equal(2, window.Matched);
        Assert.Equal(1f, window.Compactness);
        Assert.True(window.ViaAbbreviation);
    }

    [Fact]
    public void Find_AbbreviationOutsideWindow_NotFlagged()
    {
        Word[] words = [new(0, 3, 0, true), new(10, 14, 9, false), new(20, 24, 0, false), new(25, 29, 1, false)];

        var window = EvidenceWindow.Find(words, Term)!.Value;

        Assert.Equal(new TextSpan(20, 29), window.Span);
        Assert.False(window.ViaAbbreviation);
    }
}
