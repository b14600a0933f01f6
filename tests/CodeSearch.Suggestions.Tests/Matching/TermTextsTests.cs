using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Matching;

public class TermTextsTests
{
    [Fact]
    public void Add_TextsReadBackAsWritten_IncludingNonAsciiEmptyAndLong()
    {
        var builder = new TermTexts.Builder();
        // 300 characters: a length that takes two bytes of 7 bits.
        string[] texts = ["Attack heart", "Hypertensión esencial — 2°", "", new string('x', 300), "Sjögren's syndrome"];
        var starts = texts.Select(builder.Add).ToArray();

        var pool = builder.Build();

        Assert.Equal(texts, starts.Select(s => pool[s]));
    }

    [Fact]
    public void Add_EqualTextAgain_SameStartStoredOnce()
    {
        var builder = new TermTexts.Builder();
        var first = builder.Add("Infarct myocardium");
        builder.Add("Angina");

        Assert.Equal(first, builder.Add("Infarct myocardium"));
        // 1 length byte + 18 bytes, then 1 + 6: the repeated text takes no room.
        Assert.Equal(26, builder.Build().Length);
    }

    [Fact]
    public void Add_PastTheFirstBuffer_GrowsAndKeepsEarlierTexts()
    {
        var builder = new TermTexts.Builder();
        var starts = Enumerable.Range(0, 5_000).Select(i => builder.Add($"index path number {i} of many")).ToArray();

        var pool = builder.Build();

        Assert.Equal("index path number 0 of many", pool[starts[0]]);
        Assert.Equal("index path number 4999 of many", pool[starts[^1]]);
    }
}
