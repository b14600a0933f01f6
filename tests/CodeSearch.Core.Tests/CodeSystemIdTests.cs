using CodeSearch.Core;

namespace CodeSearch.Core.Tests;

public class CodeSystemIdTests
{
    [Theory]
    [InlineData("icd10cm", CodeSystemId.Icd10Cm)]
    [InlineData("icd10pcs", CodeSystemId.Icd10Pcs)]
    [InlineData("hcpcs", CodeSystemId.Hcpcs)]
    [InlineData("cpt", CodeSystemId.Cpt)]
    [InlineData("ICD-10-CM", CodeSystemId.Icd10Cm)]
    [InlineData(" Icd10-Pcs ", CodeSystemId.Icd10Pcs)]
    public void TryParseKey_KeyAsWrittenOrNormalised_Parsed(string text, CodeSystemId expected)
    {
        Assert.True(CodeSystemNames.TryParseKey(text, out var system));
        Assert.Equal(expected, system);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("icd9")]
    public void TryParseKey_UnknownKey_False(string? text) => Assert.False(CodeSystemNames.TryParseKey(text, out _));

    [Fact]
    public void TryParseKey_EveryKey_RoundTrips()
    {
        foreach (var system in Enum.GetValues<CodeSystemId>())
        {
            Assert.True(CodeSystemNames.TryParseKey(system.Key(), out var parsed));
            Assert.Equal(system, parsed);
        }
    }
}
