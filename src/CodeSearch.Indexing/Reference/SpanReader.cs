namespace CodeSearch.Indexing.Reference;

/// <summary>Reads what <see cref="BinaryWriter"/> wrote (bytes, 7-bit encoded ints, length-prefixed strings) from an array, without allocating.</summary>
internal struct SpanReader(byte[] bytes, int position)
{
    public int Position { get; private set; } = position;

    public readonly int Length => bytes.Length;

    public byte Byte() => Position < bytes.Length ? bytes[Position++] : throw new EndOfStreamException();

    public bool Boolean() => Byte() != 0;

    public ushort UInt16() => (ushort)(Byte() | (Byte() << 8));

    public int Int()
    {
        int value = 0, shift = 0;
        byte b;
        do
        {
            if (shift > 28) throw new FormatException("a 7-bit encoded number is malformed");
            b = Byte();
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }

    /// <summary>Skips a length-prefixed string.</summary>
    public void SkipString()
    {
        var length = Int();
        if (length < 0 || bytes.Length - Position < length) throw new EndOfStreamException();
        Position += length;
    }
}
