using CodeSearch.LoadHarness.Options;

namespace CodeSearch.LoadHarness.Tests.Options;

public class MixSpecTests
{
    [Fact]
    public void Parse_Weights_PickFollowsCumulativeShares()
    {
        var mix = MixSpec.Parse("get=2, search-hot=1,suggest=1");
        Assert.Equal(RpcKind.GetCode, mix.Pick(0.0));
        Assert.Equal(RpcKind.GetCode, mix.Pick(0.49));
        Assert.Equal(RpcKind.SearchHot, mix.Pick(0.5));
        Assert.Equal(RpcKind.Suggest, mix.Pick(0.99));
    }

    [Fact]
    public void Parse_NameWithoutWeight_WeightOne() =>
        Assert.Equal("health=1,stream=3", MixSpec.Parse("health,stream=3").ToString());

    [Fact]
    public void Parse_ZeroWeight_Dropped() =>
        Assert.Equal([RpcKind.SearchCold], MixSpec.Parse("get=0,search-cold=1").Parts.Select(p => p.Kind));

    [Theory]
    [InlineData("get=0")]
    [InlineData("lookup=1")]
    [InlineData("get=1,get=2")]
    [InlineData("get=-1")]
    public void Parse_Invalid_Throws(string text) => Assert.Throws<FormatException>(() => MixSpec.Parse(text));
}
