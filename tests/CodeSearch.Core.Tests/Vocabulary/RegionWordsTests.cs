using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class RegionWordsTests
{
    private const string Header = "word\tregion\tnotes\n";

    [Fact]
    public void Load_Fixture_RowsInFileOrder()
    {
        var rows = RegionWords.Load(new StringReader("# comment\n" + Header + "leg\tlower limb\ttitles\narmpit\taxilla\n")).Rows;

        Assert.Equal([new RegionWord("leg", "lower limb"), new RegionWord("armpit", "axilla")], rows);
    }

    [Theory]
    [InlineData("lower leg\tlower limb\n")]
    [InlineData("Leg\tlower limb\n")]
    [InlineData("leg\tLower Limb\n")]
    [InlineData("leg\tlower limb\nleg\tlower limb\n")]
    [InlineData("leg\n")]
    public void Load_MalformedRow_ThrowsNamingTheFile(string rows)
    {
        var ex = Assert.Throws<VocabularyFileException>(() => RegionWords.Load(new StringReader(Header + rows)));

        Assert.Equal(RegionWords.FileName, ex.FileName);
    }

    [Fact]
    public void Default_EmbeddedFile_HoldsTheTitlesRegionsOfEverydayWords()
    {
        var rows = RegionWords.Default.Rows;

        Assert.Contains(new RegionWord("leg", "lower limb"), rows);
        Assert.Contains(new RegionWord("leg", "lower extremity"), rows);
        Assert.Contains(new RegionWord("armpit", "axilla"), rows);
        Assert.Contains(new RegionWord("both", "bilateral"), rows);
    }
}
