namespace CodeSearch.Core.Tests;

public class CodeFormatTests
{
    [Theory]
    [InlineData("E11.9")]
    [InlineData("E119")]
    [InlineData("e11.9")]
    [InlineData(" e11.9 ")]
    [InlineData("e119")]
    public void TryNormalize_Icd10CmSpellingsOfE119_AllGiveUndottedUpperCase(string input)
    {
        Assert.True(CodeFormat.TryNormalize(CodeSystemId.Icd10Cm, input, out var code));
        Assert.Equal("E119", code);
    }

    [Theory]
    [InlineData("E11", "E11")]
    [InlineData("E11.", "E11")]
    [InlineData("S72.001A", "S72001A")]
    [InlineData("E11.A", "E11A")]
    [InlineData("QA0", "QA0")] // FY2026 added categories with a letter in 2nd position
    [InlineData("qa0.1", "QA01")]
    [InlineData("U07.1", "U071")]
    public void TryNormalize_Icd10CmShapes_Accepted(string input, string expected)
    {
        Assert.True(CodeFormat.TryNormalize(CodeSystemId.Icd10Cm, input, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("E11..9")]
    [InlineData("E1.19")]
    [InlineData("E11.9.")]
    [InlineData("%%%")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("E1")]
    [InlineData("EAA")]   // no digit in positions 2-3
    [InlineData("111")]   // must start with a letter
    [InlineData("S72001AB")] // 8 characters
    [InlineData("E11 9")]
    [InlineData("E11-9")]
    public void TryNormalize_Icd10CmMalformed_Rejected(string? input)
    {
        Assert.False(CodeFormat.TryNormalize(CodeSystemId.Icd10Cm, input, out var code));
        Assert.Equal("", code);
    }

    [Fact]
    public void TryNormalize_TenThousandCharacters_RejectedForEverySystem()
    {
        var huge = new string('E', 10_000);
        foreach (var system in Enum.GetValues<CodeSystemId>())
        {
            Assert.False(CodeFormat.TryNormalize(system, huge, out _));
        }
        Assert.False(CodeFormat.TryNormalize(CodeSystemId.Icd10Cm, "E11" + new string(' ', 10_000), out _));
    }

    [Theory]
    [InlineData("0DTJ0ZZ", "0DTJ0ZZ")]
    [InlineData("0dtj0zz", "0DTJ0ZZ")]
    [InlineData(" 0DT ", "0DT")]
    [InlineData("XW043B3", "XW043B3")]
    public void TryNormalize_Icd10PcsShapes_Accepted(string input, string expected)
    {
        Assert.True(CodeFormat.TryNormalize(CodeSystemId.Icd10Pcs, input, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("0DTI0ZZ")] // PCS never uses I
    [InlineData("0DTO0ZZ")] // nor O
    [InlineData("0DTJ")]    // neither a 3-character header nor a 7-character code
    [InlineData("0DTJ0Z")]
    [InlineData("0DTJ0ZZZ")]
    [InlineData("0DT.J0ZZ")] // only ICD-10-CM is dotted
    [InlineData("0D")]
    public void TryNormalize_Icd10PcsMalformed_Rejected(string input)
    {
        Assert.False(CodeFormat.TryNormalize(CodeSystemId.Icd10Pcs, input, out _));
    }

    [Theory]
    [InlineData("J0696", "J0696")]
    [InlineData("j0696", "J0696")]
    [InlineData("GA", "GA")]
    [InlineData("lt", "LT")]
    [InlineData("59", "59")]
    public void TryNormalize_HcpcsCodesAndModifiers_Accepted(string input, string expected)
    {
        Assert.True(CodeFormat.TryNormalize(CodeSystemId.Hcpcs, input, out var code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("J069")]
    [InlineData("J06966")]
    [InlineData("J06.96")]
    [InlineData("JJ696")]
    [InlineData("99213")]
    [InlineData("G")]
    public void TryNormalize_HcpcsMalformed_Rejected(string input)
    {
        Assert.False(CodeFormat.TryNormalize(CodeSystemId.Hcpcs, input, out _));
    }

    [Theory]
    [InlineData("99213")]
    [InlineData("0001F")]
    [InlineData("0042T")]
    [InlineData("0001U")]
    [InlineData("25")]
    public void TryNormalize_CptCodesAndModifiers_Accepted(string input)
    {
        Assert.True(CodeFormat.TryNormalize(CodeSystemId.Cpt, input, out var code));
        Assert.Equal(input, code);
    }

    [Theory]
    [InlineData("9921")]
    [InlineData("992130")]
    [InlineData("0001A")] // only F, T and U suffixes exist
    [InlineData("J0696")]
    [InlineData("9921.3")]
    public void TryNormalize_CptMalformed_Rejected(string input)
    {
        Assert.False(CodeFormat.TryNormalize(CodeSystemId.Cpt, input, out _));
    }

    [Theory]
    [InlineData(CodeSystemId.Icd10Cm, "E119", "E11.9")]
    [InlineData(CodeSystemId.Icd10Cm, "S72001A", "S72.001A")]
    [InlineData(CodeSystemId.Icd10Cm, "E11", "E11")]
    [InlineData(CodeSystemId.Icd10Pcs, "0DTJ0ZZ", "0DTJ0ZZ")]
    [InlineData(CodeSystemId.Hcpcs, "J0696", "J0696")]
    [InlineData(CodeSystemId.Cpt, "99213", "99213")]
    public void ToDisplay_PerSystem_DotsOnlyIcd10CmAfterCategory(CodeSystemId system, string code, string expected)
    {
        Assert.Equal(expected, CodeFormat.ToDisplay(system, code));
    }

    [Theory]
    [InlineData("E11", "E11")]
    [InlineData("e11.9", "E119")]
    [InlineData("J06", "J06")]
    [InlineData("0DTJ", "0DTJ")]
    [InlineData("J0696", "J0696")]
    [InlineData("99213", "99213")]
    [InlineData(" S72.001A ", "S72001A")]
    public void LooksLikeCode_CodeShapedText_TrueWithUndottedUpperCase(string text, string expected)
    {
        Assert.True(CodeFormat.LooksLikeCode(text, out var undotted));
        Assert.Equal(expected, undotted);
    }

    [Theory]
    [InlineData("type 2 diabetes")]
    [InlineData("heart")]
    [InlineData("E11 9")]
    [InlineData("E11..9")]
    [InlineData("ABCDEFG1")] // 8 characters
    [InlineData("")]
    [InlineData("*")]
    public void LooksLikeCode_WordsAndOtherText_False(string text)
    {
        Assert.False(CodeFormat.LooksLikeCode(text, out var undotted));
        Assert.Equal("", undotted);
    }
}
