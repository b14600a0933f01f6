using System.Text;

namespace CodeSearch.Core.Catalog;

/// <summary>
/// The long and short descriptions of a whole catalog as UTF-8 in one byte array, found by a code's slot and decoded
/// when asked for. A <see cref="MedicalCode"/> read from a generation's catalog refers to this instead of holding two
/// UTF-16 strings: half the bytes for the mostly ASCII text, and two arrays instead of about 375,000 strings for the
/// garbage collector to trace. Immutable and thread-safe; build one with <see cref="CatalogTextBuilder"/>.
/// </summary>
public sealed class CatalogText
{
    private readonly byte[] _utf8;
    // Per slot: description start, description length, short description start, short description length.
    private readonly int[] _bounds;

    internal CatalogText(byte[] utf8, int[] bounds)
    {
        _utf8 = utf8;
        _bounds = bounds;
    }

    /// <summary>Number of slots (codes).</summary>
    public int Count => _bounds.Length / 4;

    /// <summary>UTF-8 bytes held.</summary>
    public int ByteCount => _utf8.Length;

    /// <summary>The long description of the slot, decoded.</summary>
    public string Description(int slot) => Decode(Range(slot, 0));

    /// <summary>The short description of the slot, decoded; the same text as the long one when they are equal.</summary>
    public string ShortDescription(int slot) => Decode(Range(slot, 2));

    /// <summary>True when the slot's short description is its long one (stored once).</summary>
    public bool ShortIsLong(int slot) => Range(slot, 0) == Range(slot, 2);

    /// <summary>True when both slots hold the same long and short descriptions.</summary>
    internal bool SameText(int slot, CatalogText other, int otherSlot) =>
        Bytes(Range(slot, 0)).SequenceEqual(other.Bytes(other.Range(otherSlot, 0)))
        && Bytes(Range(slot, 2)).SequenceEqual(other.Bytes(other.Range(otherSlot, 2)));

    private (int Start, int Length) Range(int slot, int field)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, Count);
        return (_bounds[slot * 4 + field], _bounds[slot * 4 + field + 1]);
    }

    private ReadOnlySpan<byte> Bytes((int Start, int Length) range) => _utf8.AsSpan(range.Start, range.Length);

    private string Decode((int Start, int Length) range) => range.Length == 0 ? "" : Encoding.UTF8.GetString(Bytes(range));
}
