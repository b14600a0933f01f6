using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CodeSearch.Core.Catalog;

// The text's four arrays written as they are held (little-endian), so a generation's open reads them back with one read
// each instead of numbering every word of every description again (docs/operations.md "Start-up time").
public sealed partial class CatalogText
{
    /// <summary>Writes the text in the form <see cref="Read"/> reads.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_encoded.Length);
        writer.Write(_bounds.Length);
        writer.Write(_tokens.Length);
        writer.Write(_tokenStarts.Length);
        writer.Write(_encoded);
        WriteInts(writer, _bounds);
        var chars = MemoryMarshal.AsBytes(_tokens.AsSpan());
        if (BitConverter.IsLittleEndian) writer.Write(chars);
        else foreach (var c in _tokens) writer.Write((ushort)c);
        WriteInts(writer, _tokenStarts);
    }

    /// <summary>
    /// Reads a text <see cref="Write"/> wrote, from the stream's position. Throws <see cref="InvalidDataException"/> when
    /// the arrays are inconsistent (a slot or token out of range: nothing that could fail later when a slot is read),
    /// <see cref="EndOfStreamException"/> when the stream ends early.
    /// </summary>
    public static CatalogText Read(Stream stream)
    {
        Span<int> lengths = stackalloc int[4];
        stream.ReadExactly(MemoryMarshal.AsBytes(lengths));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(lengths, lengths);
        var left = stream.Length - stream.Position;
        if (lengths[0] < 0 || lengths[1] < 0 || lengths[2] < 0 || lengths[3] < 1 || lengths[1] % 2 != 0
            || lengths[0] + 4L * lengths[1] + 2L * lengths[2] + 4L * lengths[3] > left)
        {
            throw new EndOfStreamException("The catalog's description section is larger than the file.");
        }
        var encoded = new byte[lengths[0]];
        stream.ReadExactly(encoded);
        var bounds = ReadInts(stream, lengths[1]);
        var tokens = new char[lengths[2]];
        stream.ReadExactly(MemoryMarshal.AsBytes(tokens.AsSpan()));
        if (!BitConverter.IsLittleEndian)
        {
            var units = MemoryMarshal.Cast<char, ushort>(tokens.AsSpan());
            BinaryPrimitives.ReverseEndianness(units, units);
        }
        var tokenStarts = ReadInts(stream, lengths[3]);
        Check(encoded, bounds, tokens.Length, tokenStarts);
        return new CatalogText(encoded, bounds, tokens, tokenStarts);
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        if (BitConverter.IsLittleEndian) writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        else foreach (var v in values) writer.Write(v);
    }

    private static int[] ReadInts(Stream stream, int count)
    {
        var values = new int[count];
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(values, values);
        return values;
    }

    // One pass over what Decode and Range will index: slot bounds in order and inside the numbers, every token number
    // complete and inside the table, the table's starts in order and inside its characters.
    private static void Check(byte[] encoded, int[] bounds, int tokenChars, int[] tokenStarts)
    {
        if (tokenStarts[0] != 0 || tokenStarts[^1] != tokenChars) throw Bad("token table");
        for (var i = 1; i < tokenStarts.Length; i++)
        {
            if (tokenStarts[i] < tokenStarts[i - 1]) throw Bad("token table");
        }
        var previous = 0;
        for (var slot = 0; slot < bounds.Length / 2; slot++)
        {
            var start = bounds[slot * 2];
            var end = slot * 2 + 2 < bounds.Length ? bounds[slot * 2 + 2] : encoded.Length;
            var shortStart = bounds[slot * 2 + 1] < 0 ? ~bounds[slot * 2 + 1] : bounds[slot * 2 + 1];
            if (start < previous || end < start || end > encoded.Length || shortStart < start || shortStart > end
                || (bounds[slot * 2 + 1] < 0 && shortStart != start))
            {
                throw Bad("description bounds");
            }
            previous = start;
        }
        if (bounds.Length > 0 && bounds[0] != 0) throw Bad("description bounds");
        var tokenCount = tokenStarts.Length - 1;
        for (var at = 0; at < encoded.Length;)
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                if (at == encoded.Length || shift > 28) throw Bad("token numbers");
                b = encoded[at++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while (b >= 0x80);
            if (value >= (uint)tokenCount) throw Bad("token numbers");
        }
    }

    private static InvalidDataException Bad(string part) => new($"The catalog's descriptions are damaged ({part}).");
}
