using CodeSearch.Core.Catalog;

namespace CodeSearch.Core.Tests.Catalog;

public class CatalogTextBinaryTests
{
    private static CatalogText Sample()
    {
        var builder = new CatalogTextBuilder();
        builder.Add("Sjögren syndrome — dry eye ≥ 3 µm, naïve 🩺", "Sjögren sicca");
        builder.Add("Type 2 diabetes mellitus", "Type 2 diabetes mellitus");
        builder.Add("", "");
        builder.Add("Displacement of fracture, initial encounter", "Displ fx, init");
        return builder.Build();
    }

    private static byte[] Written(CatalogText text)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) text.Write(writer);
        return stream.ToArray();
    }

    [Fact]
    public void Read_WhatWasWritten_SameTextEverySlot()
    {
        var text = Sample();

        var read = CatalogText.Read(new MemoryStream(Written(text)));

        Assert.Equal(text.Count, read.Count);
        Assert.Equal(text.ByteCount, read.ByteCount);
        Assert.Equal(text.TokenCount, read.TokenCount);
        for (var slot = 0; slot < text.Count; slot++)
        {
            Assert.Equal(text.Description(slot), read.Description(slot));
            Assert.Equal(text.ShortDescription(slot), read.ShortDescription(slot));
            Assert.Equal(text.ShortIsLong(slot), read.ShortIsLong(slot));
        }
    }

    [Fact]
    public void Read_Empty_NoSlots()
    {
        var read = CatalogText.Read(new MemoryStream(Written(new CatalogTextBuilder().Build())));

        Assert.Equal(0, read.Count);
    }

    [Fact]
    public void Read_TokenNumberOutsideTable_InvalidData()
    {
        var bytes = Written(Sample());
        // The first token number (right after the four lengths) made larger than any token of the table.
        bytes[16] = 0x7F;

        Assert.Throws<InvalidDataException>(() => CatalogText.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void Read_BoundsOutOfOrder_InvalidData()
    {
        var text = Sample();
        var bytes = Written(text);
        // The second slot's start (bounds[2]) past the end of the token numbers.
        var at = 16 + text.ByteCount + 8;
        BitConverter.GetBytes(text.ByteCount + 100).CopyTo(bytes, at);

        Assert.Throws<InvalidDataException>(() => CatalogText.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void Read_Truncated_EndOfStream()
    {
        var bytes = Written(Sample());

        Assert.ThrowsAny<EndOfStreamException>(() => CatalogText.Read(new MemoryStream(bytes[..^3])));
    }
}
