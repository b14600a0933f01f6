using CodeSearch.Core;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Data;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Assertion;

public class ChronicConditionsTests
{
    [Theory]
    [InlineData("I10")]
    [InlineData("E119")]
    [InlineData("N184")]
    [InlineData("J449")]
    [InlineData("F1020")]
    [InlineData("K449")]
    [InlineData("I350")]
    [InlineData("D563")]
    [InlineData("F1420")]
    [InlineData("Z880")]
    [InlineData("I519")]
    [InlineData("Z87891")]
    [InlineData("Z87442")]
    [InlineData("Z8611")]
    [InlineData("Z853")]
    [InlineData("Z9221")]
    public void Default_ChronicCodes_Contained(string code) => Assert.True(ChronicConditions.Default.Contains(Icd(code, "x")));

    [Theory]
    [InlineData("J189")]
    [InlineData("I219")]
    [InlineData("C61")]
    [InlineData("F1010")]
    [InlineData("F1410")]
    [InlineData("S72301A")]
    public void Default_AcuteOrResolvableCodes_NotContained(string code) => Assert.False(ChronicConditions.Default.Contains(Icd(code, "x")));

    [Fact]
    public void Contains_OtherSystem_False() =>
        Assert.False(ChronicConditions.Default.Contains(Icd("I10", "x") with { System = CodeSystemId.Icd10Pcs }));

    [Fact]
    public void Read_DottedPrefix_MatchesUndottedCodes()
    {
        var list = ChronicConditions.Read(new StringReader("prefix\tcondition\nE79.0\thyperuricaemia\n"));

        Assert.True(list.Contains(Icd("E790", "x")));
        Assert.False(list.Contains(Icd("E791", "x")));
    }

    [Fact]
    public void Read_WrongHeader_NamesTheFile()
    {
        var e = Assert.Throws<DataFileException>(() => ChronicConditions.Read(new StringReader("code\tname\nI10\tx\n")));

        Assert.Contains(ChronicConditions.FileName, e.Message);
    }

    [Fact]
    public void None_ContainsNothing() => Assert.False(ChronicConditions.None.Contains(Icd("I10", "x")));
}
