using System.Text;

namespace CodeSearch.Core.Catalog;

/// <summary>
/// Collects descriptions slot by slot (from UTF-8 bytes or strings) into a <see cref="CatalogText"/>, splitting each
/// into tokens: a run of letters and digits (any non-ASCII byte counts as one: a UTF-8 character is never split) or one
/// other character, each with the one space that follows it.
/// </summary>
public sealed class CatalogTextBuilder
{
    // Token numbers take a third of the text's UTF-8 bytes or less: start there rather than at the text's size.
    private const int ExpectedShare = 3;

    private byte[] _encoded;
    private int _length;
    private int[] _bounds;
    private int _count;
    private readonly Dictionary<string, int> _tokenNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private char[] _tokens = new char[1024];
    private int _tokenLength;
    private readonly List<int> _tokenStarts = [0];

    /// <summary>A builder sized for about <paramref name="expectedCodes"/> slots and <paramref name="expectedBytes"/>
    /// bytes of UTF-8 text (both only a starting size).</summary>
    public CatalogTextBuilder(int expectedCodes = 0, int expectedBytes = 0)
    {
        _encoded = new byte[Math.Max(expectedBytes / ExpectedShare, 256)];
        _bounds = new int[Math.Max(expectedCodes, 4) * 2];
        _byChars = _tokenNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Slots added so far.</summary>
    public int Count => _count;

    /// <summary>
    /// Adds one code's descriptions from their UTF-8 bytes; returns its slot. A short description equal to the long one
    /// is stored once. Invalid UTF-8 reads back with replacement characters, as <see cref="Encoding.UTF8"/> decodes it.
    /// </summary>
    public int Add(ReadOnlySpan<byte> description, ReadOnlySpan<byte> shortDescription)
    {
        if (_count * 2 == _bounds.Length) Array.Resize(ref _bounds, _bounds.Length * 2);
        var start = _length;
        Append(description);
        if (shortDescription.SequenceEqual(description))
        {
            _bounds[_count * 2] = start;
            _bounds[_count * 2 + 1] = ~start;
        }
        else
        {
            var shortStart = _length;
            Append(shortDescription);
            _bounds[_count * 2] = start;
            _bounds[_count * 2 + 1] = shortStart;
        }
        return _count++;
    }

    /// <summary>Adds one code's descriptions; returns its slot.</summary>
    public int Add(string description, string shortDescription) =>
        Add(Encoding.UTF8.GetBytes(description), Encoding.UTF8.GetBytes(shortDescription));

    /// <summary>The text of every slot added, in exact-size arrays.</summary>
    public CatalogText Build() =>
        new(_encoded[.._length], _bounds[..(_count * 2)], _tokens[.._tokenLength], _tokenStarts.ToArray());

    private void Append(ReadOnlySpan<byte> utf8)
    {
        Span<char> buffer = stackalloc char[256];
        for (var at = 0; at < utf8.Length;)
        {
            var end = at + 1;
            if (IsWordByte(utf8[at]))
            {
                while (end < utf8.Length && IsWordByte(utf8[end])) end++;
            }
            if (utf8[at] != (byte)' ' && end < utf8.Length && utf8[end] == (byte)' ') end++;
            var bytes = utf8[at..end];
            // A token's bytes never split a character (see the summary), so decoding it alone gives the same characters
            // as decoding the whole text. At most one char per byte; a longer run than the buffer goes to the heap.
            var chars = bytes.Length <= buffer.Length ? buffer : new char[bytes.Length];
            WriteNumber(Number(chars[..Encoding.UTF8.GetChars(bytes, chars)]));
            at = end;
        }
    }

    private static bool IsWordByte(byte b) => b >= 0x80 || char.IsAsciiLetterOrDigit((char)b);

    private int Number(ReadOnlySpan<char> token)
    {
        if (_byChars.TryGetValue(token, out var number)) return number;
        number = _tokenStarts.Count - 1;
        _tokenNumbers.Add(token.ToString(), number);
        if (_tokenLength + token.Length > _tokens.Length) Array.Resize(ref _tokens, Math.Max(_tokens.Length * 2, _tokenLength + token.Length));
        token.CopyTo(_tokens.AsSpan(_tokenLength));
        _tokenLength += token.Length;
        _tokenStarts.Add(_tokenLength);
        return number;
    }

    private void WriteNumber(int number)
    {
        if (_length + 5 > _encoded.Length) Array.Resize(ref _encoded, Math.Max(_encoded.Length * 2, _length + 5));
        var value = (uint)number;
        while (value >= 0x80)
        {
            _encoded[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _encoded[_length++] = (byte)value;
    }
}
