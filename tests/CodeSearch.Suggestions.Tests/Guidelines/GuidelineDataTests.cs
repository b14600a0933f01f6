using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Guidelines;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Guidelines;

public class GuidelineDataTests
{
    [Fact]
    public void GuidelinePhrases_EmbeddedFile_LoadsWithUndottedCodes()
    {
        Assert.NotEmpty(GuidelinePhrases.Default);
        Assert.All(GuidelinePhrases.Default, p => Assert.Matches("^[A-Z][0-9][0-9A-Z]{1,5}$", p.Code));
    }

    [Fact]
    public void GuidelinePhrases_StopWordsDroppedAndWordsStemmed()
    {
        var phrase = Assert.Single(GuidelinePhrases.Read(new StringReader("phrase\tcode\tnotes\non insulin\tZ79.4\tx\n")));

        Assert.Equal([Stemmer.Stem("insulin")], phrase.Stems);
        Assert.Equal("Z794", phrase.Code);
    }

    [Fact]
    public void GuidelinePhrases_OnlyStopWords_Rejected()
    {
        var ex = Assert.Throws<DataFileException>(() => GuidelinePhrases.Read(new StringReader("phrase\tcode\tnotes\nof the\tZ79.4\tx\n")).ToList());

        Assert.Contains(GuidelinePhrases.FileName, ex.Message);
    }

    [Fact]
    public void DerivedCodes_EmbeddedFile_LoadsEveryKind()
    {
        var kinds = DerivedCodes.Default.Rules.Select(r => r.Kind).Distinct().Order().ToList();

        Assert.Equal([DerivedRuleKind.Family, DerivedRuleKind.History, DerivedRuleKind.Combination], kinds);
    }

    [Theory]
    [InlineData("cousin\tC18\tZ80.0\tx")]
    [InlineData("family\tC18+C19\tZ80.0\tx")]
    [InlineData("combination\tI10\tI11.0\tx")]
    [InlineData("combination\tI10+\tI11.0\tx")]
    public void DerivedCodes_BadRow_RejectedWithFileName(string row)
    {
        var ex = Assert.Throws<DataFileException>(() => DerivedCodes.Read(new StringReader("kind\twhen\tcode\tnotes\n" + row + "\n")));

        Assert.Contains(DerivedCodes.FileName, ex.Message);
    }

    [Fact]
    public void DerivedCodes_Row_PrefixesUndottedAndGrouped()
    {
        var rule = Assert.Single(DerivedCodes.Read(new StringReader("kind\twhen\tcode\tnotes\ncombination\tI10+N18.1,N18.2\tI12.9\tx\n")).Rules);

        Assert.Equal("I129", rule.Code);
        Assert.True(rule.Covers(1, "N182"));
        Assert.False(rule.Covers(1, "N185"));
    }
}
