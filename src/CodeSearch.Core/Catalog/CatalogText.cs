namespace CodeSearch.Core.Catalog;

/// <summary>
/// The long and short descriptions of a whole catalog, found by a code's slot and decoded when asked for. The titles
/// are written with a small vocabulary ("Displacement of ", "fracture ", ", ", "initial "), so each description is kept
/// as the numbers of its tokens (one byte for the 128 first seen, two up to 16,384) into one table of distinct
/// tokens: about a third of the bytes of the same text in UTF-8 (docs/operations.md#memory). A <see cref="MedicalCode"/>
/// read from a generation's catalog refers to this instead of holding two UTF-16 strings. Decoding gives back exactly
/// the text added (invalid UTF-8 reads back with replacement characters, as <see cref="System.Text.Encoding.UTF8"/>
/// decodes it). Immutable and thread-safe; build one with <see cref="CatalogTextBuilder"/>.
/// </summary>
public sealed partial class CatalogText
{
    // Token numbers of every slot's descriptions, 7 bits a byte, low bits first (the high bit: more bytes follow).
    private readonly byte[] _encoded;
    // Per slot: start of the description in _encoded, then start of the short description, or ~(that start) when
    // the short description is the long one (stored once); one more entry closes the last slot.
    private readonly int[] _bounds;
    // The distinct tokens as UTF-16, token n being _tokens[_tokenStarts[n].._tokenStarts[n + 1]].
    private readonly char[] _tokens;
    private readonly int[] _tokenStarts;

    internal CatalogText(byte[] encoded, int[] bounds, char[] tokens, int[] tokenStarts)
    {
        _encoded = encoded;
        _bounds = bounds;
        _tokens = tokens;
        _tokenStarts = tokenStarts;
    }

    /// <summary>Number of slots (codes).</summary>
    public int Count => _bounds.Length / 2;

    /// <summary>Bytes held for the token numbers of all slots (the token table not counted).</summary>
    public int ByteCount => _encoded.Length;

    /// <summary>Distinct tokens in the table.</summary>
    public int TokenCount => _tokenStarts.Length - 1;

    /// <summary>The long description of the slot, decoded.</summary>
    public string Description(int slot) => Decode(Range(slot, shortDescription: false));

    /// <summary>The short description of the slot, decoded; the same text as the long one when they are equal.</summary>
    public string ShortDescription(int slot) => Decode(Range(slot, shortDescription: true));

    /// <summary>True when the slot's short description is its long one (stored once).</summary>
    public bool ShortIsLong(int slot)
    {
        CheckSlot(slot);
        return _bounds[slot * 2 + 1] < 0;
    }

    /// <summary>True when both slots hold the same long and short descriptions.</summary>
    internal bool SameText(int slot, CatalogText other, int otherSlot)
    {
        // One token table: a text has one encoding, so equal bytes are equal text. Two tables number tokens apart.
        if (ReferenceEquals(this, other))
        {
            return Bytes(Range(slot, false)).SequenceEqual(Bytes(Range(otherSlot, false)))
                   && Bytes(Range(slot, true)).SequenceEqual(Bytes(Range(otherSlot, true)));
        }
        return Description(slot) == other.Description(otherSlot) && ShortDescription(slot) == other.ShortDescription(otherSlot);
    }

    private void CheckSlot(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, Count);
    }

    private (int Start, int End) Range(int slot, bool shortDescription)
    {
        CheckSlot(slot);
        var start = _bounds[slot * 2];
        var shortStart = _bounds[slot * 2 + 1];
        var end = slot + 1 < Count ? _bounds[slot * 2 + 2] : _encoded.Length;
        if (shortStart < 0) return (start, end);
        return shortDescription ? (shortStart, end) : (start, shortStart);
    }

    private ReadOnlySpan<byte> Bytes((int Start, int End) range) => _encoded.AsSpan(range.Start, range.End - range.Start);

    private string Decode((int Start, int End) range)
    {
        if (range.Start == range.End) return "";
        var length = 0;
        for (var at = range.Start; at < range.End;)
        {
            var token = ReadToken(_encoded, ref at);
            length += _tokenStarts[token + 1] - _tokenStarts[token];
        }
        return string.Create(length, (this, range.Start, range.End), static (chars, state) =>
        {
            var (text, at, end) = state;
            var written = 0;
            while (at < end)
            {
                var token = ReadToken(text._encoded, ref at);
                var from = text._tokenStarts[token];
                var count = text._tokenStarts[token + 1] - from;
                text._tokens.AsSpan(from, count).CopyTo(chars[written..]);
                written += count;
            }
        });
    }

    private static int ReadToken(byte[] encoded, ref int at)
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = encoded[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
