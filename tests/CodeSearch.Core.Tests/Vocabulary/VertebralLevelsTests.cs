using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class VertebralLevelsTests
{
    [Theory]
    [InlineData("c5-c6", "cervical vertebral joint")]
    [InlineData("l4-5", "lumbar vertebral joint")]
    [InlineData("l3-l5", "2 or more lumbar vertebral joints")]
    [InlineData("t4-t6", "2 to 7 thoracic vertebral joints")]
    [InlineData("t2-t12", "8 or more thoracic vertebral joints")]
    [InlineData("l5-s1", "lumbosacral joint")]
    [InlineData("c7-t1", "cervicothoracic vertebral joint")]
    [InlineData("t12-l1", "thoracolumbar vertebral joint")]
    public void Read_PairOfLevels_TheJointsTheTablesName(string word, string expected)
    {
        Assert.Equal(expected, VertebralLevels.Read(word));
    }

    [Theory]
    [InlineData("c6-c5")]
    [InlineData("l4-s1")]
    [InlineData("c9-c10")]
    [InlineData("l5")]
    [InlineData("0sg0")]
    public void Read_NotAPairOfNeighbouringLevels_Null(string word) => Assert.Null(VertebralLevels.Read(word));
}
