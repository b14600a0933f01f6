using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Server.Validation;

namespace CodeSearch.Server.Tests.Validation;

public class PageTokenCodecTests
{
    private static readonly CodeSearchQuery Query = new("type 2 diabetes", [CodeSystemId.Icd10Cm], false, 0, 20, null);

    [Fact]
    public void TryDecode_OwnToken_GivesTheOffset()
    {
        var codec = PageTokenCodec.FromConfiguration(null);

        var token = codec.Encode(Query, "gen-1", 40);

        Assert.True(codec.TryDecode(token, Query, "gen-1", out var offset));
        Assert.Equal(40, offset);
        Assert.Matches("^[A-Za-z0-9_-]+$", token); // URL-safe, no padding
    }

    [Fact]
    public void TryDecode_AnotherIndexGeneration_Rejected()
    {
        var codec = PageTokenCodec.FromConfiguration(null);

        Assert.False(codec.TryDecode(codec.Encode(Query, "gen-1", 20), Query, "gen-2", out _));
    }

    [Fact]
    public void TryDecode_SameConfiguredKeyInAnotherProcess_Accepted()
    {
        var token = PageTokenCodec.FromConfiguration("shared secret").Encode(Query, "gen-1", 20);

        Assert.True(PageTokenCodec.FromConfiguration("shared secret").TryDecode(token, Query, "gen-1", out var offset));
        Assert.Equal(20, offset);
        Assert.False(PageTokenCodec.FromConfiguration("other secret").TryDecode(token, Query, "gen-1", out _));
        Assert.False(PageTokenCodec.FromConfiguration(null).TryDecode(token, Query, "gen-1", out _));
    }

    [Fact]
    public void TryDecode_QueryChanged_Rejected()
    {
        var codec = PageTokenCodec.FromConfiguration(null);
        var token = codec.Encode(Query, "gen-1", 20);

        Assert.False(codec.TryDecode(token, Query with { Text = "type 1 diabetes" }, "gen-1", out _));
        Assert.False(codec.TryDecode(token, Query with { Limit = 21 }, "gen-1", out _));
        Assert.False(codec.TryDecode(token, Query with { BillableOnly = true }, "gen-1", out _));
        Assert.False(codec.TryDecode(token, Query with { Systems = [CodeSystemId.Hcpcs] }, "gen-1", out _));
        Assert.False(codec.TryDecode(token, Query with { DateOfService = new DateOnly(2026, 1, 1) }, "gen-1", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!!")]
    [InlineData("AAAA")]
    [InlineData("not base64 at all")]
    public void TryDecode_Garbage_RejectedWithoutThrowing(string token)
    {
        Assert.False(PageTokenCodec.FromConfiguration(null).TryDecode(token, Query, "gen-1", out _));
    }

    [Fact]
    public void TryDecode_VeryLongToken_Rejected()
    {
        Assert.False(PageTokenCodec.FromConfiguration(null).TryDecode(new string('A', 10_000), Query, "gen-1", out _));
    }

    [Fact]
    public void TryDecode_TokenForOffsetZero_Rejected()
    {
        var codec = PageTokenCodec.FromConfiguration(null);

        Assert.False(codec.TryDecode(codec.Encode(Query, "gen-1", 0), Query, "gen-1", out _));
    }
}
