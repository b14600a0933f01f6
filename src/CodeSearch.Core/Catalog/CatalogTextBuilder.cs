using System.Text;

namespace CodeSearch.Core.Catalog;

/// <summary>Collects descriptions slot by slot (from UTF-8 bytes or strings) into a <see cref="CatalogText"/>.</summary>
public sealed class CatalogTextBuilder(int expectedCodes = 0, int expectedBytes = 0)
{
    private byte[] _utf8 = new byte[Math.Max(expectedBytes, 256)];
    private int _length;
    private int[] _bounds = new int[Math.Max(expectedCodes, 4) * 4];
    private int _count;

    /// <summary>Slots added so far.</summary>
    public int Count => _count;

    /// <summary>
    /// Adds one code's descriptions from their UTF-8 bytes; returns its slot. A short description equal to the long one
    /// is stored once. Invalid UTF-8 reads back with replacement characters, as <see cref="Encoding.UTF8"/> decodes it.
    /// </summary>
    public int Add(ReadOnlySpan<byte> description, ReadOnlySpan<byte> shortDescription)
    {
        var start = Append(description);
        var shortStart = shortDescription.SequenceEqual(description) ? start : Append(shortDescription);
        if (_count * 4 == _bounds.Length) Array.Resize(ref _bounds, _bounds.Length * 2);
        _bounds[_count * 4] = start;
        _bounds[_count * 4 + 1] = description.Length;
        _bounds[_count * 4 + 2] = shortStart;
        _bounds[_count * 4 + 3] = shortDescription.Length;
        return _count++;
    }

    /// <summary>Adds one code's descriptions; returns its slot.</summary>
    public int Add(string description, string shortDescription) =>
        Add(Encoding.UTF8.GetBytes(description), Encoding.UTF8.GetBytes(shortDescription));

    /// <summary>The text of every slot added, in exact-size arrays.</summary>
    public CatalogText Build() => new(_utf8[.._length], _bounds[..(_count * 4)]);

    private int Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _utf8.Length) Array.Resize(ref _utf8, Math.Max(_utf8.Length * 2, _length + bytes.Length));
        bytes.CopyTo(_utf8.AsSpan(_length));
        var start = _length;
        _length += bytes.Length;
        return start;
    }
}
