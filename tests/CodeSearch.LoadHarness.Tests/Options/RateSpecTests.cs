using CodeSearch.LoadHarness.Options;

namespace CodeSearch.LoadHarness.Tests.Options;

public class RateSpecTests
{
    [Fact]
    public void Parse_Absolute_IgnoresMeasuredMax() => Assert.Equal(75, RateSpec.Parse("75").Resolve(1000));

    [Fact]
    public void Parse_Percent_ShareOfMeasuredMax() => Assert.Equal(40, RateSpec.Parse("50%").Resolve(80));

    [Fact]
    public void Resolve_PercentWithoutMax_Throws() =>
        Assert.Throws<InvalidOperationException>(() => RateSpec.Parse("50%").Resolve(null));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("fast")]
    public void Parse_Invalid_Throws(string text) => Assert.ThrowsAny<FormatException>(() => RateSpec.Parse(text));
}
