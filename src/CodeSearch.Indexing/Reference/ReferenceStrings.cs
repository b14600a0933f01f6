using System.Text;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Reference;

/// <summary>
/// The string table of reference.bin read in place: each string is decoded from its UTF-8 bytes the first time it is
/// asked for and then kept, so every record naming it shares one instance (number 0 is null). Strings only index
/// entries use stay undecoded until an entry that names them is kept; a one-off scan reads them with
/// <see cref="Peek"/>, which does not keep what it decodes (the start-up's scans over every entry left some 57,000
/// path words kept, about 2.8 MB; docs/operations.md#memory). Thread-safe: a string decoded by two threads at once is
/// published once.
/// </summary>
internal sealed class ReferenceStrings : IStoredText
{
    private readonly byte[] _bytes;
    // Offset of each string's 7-bit length prefix in _bytes; [0] unused (null).
    private readonly int[] _offsets;
    private readonly string?[] _decoded;

    public ReferenceStrings(byte[] bytes, int[] offsets)
    {
        _bytes = bytes;
        _offsets = offsets;
        _decoded = new string?[offsets.Length];
    }

    /// <summary>Strings in the table plus one (for null, number 0).</summary>
    public int Count => _offsets.Length;

    public string? Get(int number)
    {
        if (number == 0) return null;
        if ((uint)number >= (uint)_offsets.Length) throw new FormatException($"string number {number} is not in the table");
        return _decoded[number] ?? Keep(number);
    }

    /// <summary>String <paramref name="number"/>: the kept instance if there is one, else decoded for this call only.</summary>
    public string? Peek(int number)
    {
        if (number == 0) return null;
        if ((uint)number >= (uint)_offsets.Length) throw new FormatException($"string number {number} is not in the table");
        return _decoded[number] ?? Decode(number);
    }

    /// <summary>
    /// Checks that <paramref name="number"/> names a string of the table (or null, when not <paramref name="required"/>)
    /// and gives it back, for a record that reads its string later (<see cref="Read"/>).
    /// </summary>
    public int Number(int number, bool required)
    {
        if (number == 0 && required) throw new FormatException("a required string is missing");
        if ((uint)number >= (uint)_offsets.Length) throw new FormatException($"string number {number} is not in the table");
        return number;
    }

    /// <summary>String <paramref name="number"/> (not null), decoded for this call unless already kept.</summary>
    public string Read(int number) => Peek(number) ?? "";

    private string Keep(int number)
    {
        var text = Decode(number);
        return Interlocked.CompareExchange(ref _decoded[number], text, null) ?? text;
    }

    private string Decode(int number)
    {
        var reader = new SpanReader(_bytes, _offsets[number]);
        var length = reader.Int();
        return Encoding.UTF8.GetString(_bytes, reader.Position, length);
    }
}
