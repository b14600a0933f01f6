using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class ChromosomeBandsTests
{
    [Theory]
    [InlineData("chromosome 17q12 deletion syndrome", "part of chromosome deletion syndrome")]
    [InlineData("15q24 microdeletion syndrome", "part of chromosome microdeletion syndrome")]
    [InlineData("chromosome 16p11.2 duplication syndrome", "part of chromosome duplication syndrome")]
    [InlineData("chromosome 1q41-q42 deletion syndrome", "part of chromosome deletion syndrome")]
    [InlineData("chromosome 15q26-qter deletion syndrome", "part of chromosome deletion syndrome")]
    [InlineData("16p11.2p12.2 microdeletion syndrome", "part of chromosome microdeletion syndrome")]
    [InlineData("monosomy Xp21", "monosomy part of chromosome")]
    public void Read_Band_PartOfChromosome(string text, string expected)
    {
        Assert.Equal(expected, ChromosomeBands.Read(text));
    }

    [Theory]
    [InlineData("5p deletion syndrome")] // an arm alone: the titles name some arms by number
    [InlineData("type 2 diabetes")]
    [InlineData("e11.9")]
    [InlineData("cmt2a")]
    [InlineData("retinitis pigmentosa 45")]
    [InlineData("vitamin b12 deficiency")]
    public void Read_NoBand_TextUnchanged(string text)
    {
        Assert.Same(text, ChromosomeBands.Read(text));
    }
}
