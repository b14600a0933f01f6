using System.Text;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Core.Tests.Catalog;

public class CatalogTextTests
{
    [Fact]
    public void Description_NonAsciiAndEmpty_RoundTripExactly()
    {
        var builder = new CatalogTextBuilder();
        var a = builder.Add("Sjögren syndrome — dry eye ≥ 3 µm, naïve 🩺", "Sjögren sicca");
        var b = builder.Add("Plain ASCII text", "");
        var c = builder.Add("", "");

        var text = builder.Build();

        Assert.Equal(3, text.Count);
        Assert.Equal("Sjögren syndrome — dry eye ≥ 3 µm, naïve 🩺", text.Description(a));
        Assert.Equal("Sjögren sicca", text.ShortDescription(a));
        Assert.Equal("Plain ASCII text", text.Description(b));
        Assert.Equal("", text.ShortDescription(b));
        Assert.Equal("", text.Description(c));
    }

    [Fact]
    public void Add_ShortEqualToLong_StoredOnce()
    {
        var builder = new CatalogTextBuilder();
        var slot = builder.Add("Type 2 diabetes mellitus", "Type 2 diabetes mellitus");

        var text = builder.Build();

        var alone = new CatalogTextBuilder();
        alone.Add("Type 2 diabetes mellitus", "");

        Assert.True(text.ShortIsLong(slot));
        Assert.Equal(alone.Build().ByteCount, text.ByteCount);
        Assert.Equal("Type 2 diabetes mellitus", text.ShortDescription(slot));
        Assert.Equal("Type 2 diabetes mellitus", text.Description(slot));
    }

    [Fact]
    public void Add_RepeatedWording_TokensStoredOnce_OneByteEach()
    {
        var builder = new CatalogTextBuilder();
        builder.Add("Displacement of fracture, initial encounter", "Displ fx, init");
        builder.Add("Displacement of fracture, subsequent encounter", "Displ fx, subs");

        var text = builder.Build();

        // "Displacement ", "of ", "fracture", ", ", "initial ", "encounter", "Displ ", "fx", "init", "subsequent ", "subs"
        Assert.Equal(11, text.TokenCount);
        Assert.Equal(6 + 4 + 6 + 4, text.ByteCount);
        Assert.Equal("Displacement of fracture, subsequent encounter", text.Description(1));
        Assert.Equal("Displ fx, subs", text.ShortDescription(1));
        Assert.False(text.ShortIsLong(1));
    }

    [Theory]
    [InlineData("  two  spaces ,and punctuation--(E11.9)  ")]
    [InlineData(" ")]
    [InlineData("a")]
    [InlineData("tab\tand\nnewline")]
    public void Description_UnusualSpacing_RoundTripsExactly(string value)
    {
        var builder = new CatalogTextBuilder();
        var slot = builder.Add(value, value + "!");

        var text = builder.Build();

        Assert.Equal(value, text.Description(slot));
        Assert.Equal(value + "!", text.ShortDescription(slot));
    }

    [Fact]
    public void Add_InvalidUtf8_ReadsBackAsEncodingDecodesIt()
    {
        byte[] invalid = [(byte)'a', 0xC3, (byte)' ', 0xFF, 0xFE, (byte)'b', 0xE2, 0x82, (byte)'c', 0xC3, 0xA9];
        var builder = new CatalogTextBuilder();
        var slot = builder.Add(invalid, invalid.AsSpan(0, 3));

        var text = builder.Build();

        Assert.Equal(Encoding.UTF8.GetString(invalid), text.Description(slot));
        Assert.Equal(Encoding.UTF8.GetString(invalid, 0, 3), text.ShortDescription(slot));
    }

    [Fact]
    public void Add_ManyDistinctTokens_NumbersPastOneAndTwoBytesRoundTrip()
    {
        var builder = new CatalogTextBuilder();
        for (var i = 0; i < 20_000; i++) builder.Add($"w{i} x{i}", $"w{i}");

        var text = builder.Build();

        // "w7 " (with its space), "x7" and the short description's "w7": three tokens a slot.
        Assert.Equal(60_000, text.TokenCount);
        Assert.Equal("w19999 x19999", text.Description(19_999));
        Assert.Equal("w16384", text.ShortDescription(16_384));
        Assert.Equal("w0 x0", text.Description(0));
    }

    [Fact]
    public void Add_ManySlots_GrowsAndKeepsEach()
    {
        var builder = new CatalogTextBuilder(expectedCodes: 1, expectedBytes: 1);
        for (var i = 0; i < 1000; i++) builder.Add($"description {i} é", $"short {i}");

        var text = builder.Build();

        Assert.Equal(1000, text.Count);
        Assert.Equal("description 737 é", text.Description(737));
        Assert.Equal("short 999", text.ShortDescription(999));
    }

    [Fact]
    public void Description_SlotOutOfRange_Throws()
    {
        var text = new CatalogTextBuilder().Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => text.Description(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MedicalCode(text, 0));
    }
}
