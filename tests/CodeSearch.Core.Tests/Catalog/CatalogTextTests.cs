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

        Assert.True(text.ShortIsLong(slot));
        Assert.Equal(Encoding.UTF8.GetByteCount("Type 2 diabetes mellitus"), text.ByteCount);
        Assert.Equal("Type 2 diabetes mellitus", text.ShortDescription(slot));
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
