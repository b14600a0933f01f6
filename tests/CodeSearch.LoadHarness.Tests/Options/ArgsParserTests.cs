using CodeSearch.LoadHarness.Options;

namespace CodeSearch.LoadHarness.Tests.Options;

public class ArgsParserTests
{
    [Fact]
    public void Parse_NoArgs_Defaults()
    {
        var o = ArgsParser.Parse([]);
        Assert.Equal((1, 16, 10.0, false), (o.Connections, o.Concurrency, o.DurationSeconds, o.StartServer));
        Assert.Equal(RpcNames.All, o.Scenarios);
    }

    [Fact]
    public void Parse_Options_Applied()
    {
        var o = ArgsParser.Parse(["--start-server", "--connections", "4", "--concurrency", "32", "--requests", "500",
            "--scenarios", "get,suggest", "--rate", "50%", "--index-dir", "/x"]);
        Assert.Equal((true, 4, 32, 500), (o.StartServer, o.Connections, o.Concurrency, o.Requests!.Value));
        Assert.Equal([RpcKind.GetCode, RpcKind.Suggest], o.Scenarios);
        Assert.Equal(new RateSpec(0.5, true), o.Rate);
        Assert.Equal("/x", o.IndexDirectory);
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--bogus", "1")]
    [InlineData("--rate-rpc", "stream")]
    [InlineData("--duration", "soon")]
    public void Parse_Invalid_Throws(string name, string value) =>
        Assert.Throws<FormatException>(() => ArgsParser.Parse([name, value]));

    [Fact]
    public void Parse_SoakRoundsWithMix_Applied()
    {
        var o = ArgsParser.Parse(["--mix", "get=1,suggest=1", "--soak-rounds", "5"]);

        Assert.Equal(5, o.SoakRounds);
        Assert.NotNull(o.Mix);
    }

    [Fact]
    public void Parse_SoakRoundsWithoutMix_Throws() =>
        Assert.Throws<FormatException>(() => ArgsParser.Parse(["--soak-rounds", "5"]));
}
