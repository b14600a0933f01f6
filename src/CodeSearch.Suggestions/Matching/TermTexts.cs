using System.Text;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// The wordings of a dictionary's terms that are not descriptions (index and inclusion terms, guideline phrases,
/// learned and composed terms) as one pool of UTF-8 bytes, each distinct text once behind its 7-bit length, decoded
/// when a term is made (<see cref="TermTable"/>: the winning wording of a mention, for the rationale). As strings,
/// ICD-10-CM's 64,000 joined index paths took about 6.6 MB of heap for the generation's lifetime (and the reference
/// lookup kept them too); as bytes they take about 2.5 MB (docs/operations.md#memory).
/// </summary>
internal sealed class TermTexts
{
    private readonly byte[] _bytes;

    private TermTexts(byte[] bytes) => _bytes = bytes;

    /// <summary>Bytes the pool holds.</summary>
    public int Length => _bytes.Length;

    /// <summary>The text that starts at <paramref name="start"/> (a number <see cref="Builder.Add"/> gave).</summary>
    public string this[int start]
    {
        get
        {
            var (length, shift, at) = (0, 0, start);
            byte b;
            do
            {
                b = _bytes[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            } while (b >= 0x80);
            return Encoding.UTF8.GetString(_bytes, at, length);
        }
    }

    /// <summary>Collects texts; an equal text added again gets the first one's start.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, int> _starts = new(StringComparer.Ordinal);
        private byte[] _bytes = new byte[1 << 16];
        private int _length;

        /// <summary>Adds <paramref name="text"/> (or finds it) and gives where it starts.</summary>
        public int Add(string text)
        {
            if (_starts.TryGetValue(text, out var start)) return start;
            var count = Encoding.UTF8.GetByteCount(text);
            if (_bytes.Length < _length + count + 5) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count + 5));
            start = _length;
            for (var rest = (uint)count; ; rest >>= 7)
            {
                _bytes[_length++] = (byte)(rest < 0x80 ? rest : (rest & 0x7F) | 0x80);
                if (rest < 0x80) break;
            }
            _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
            _starts[text] = start;
            return start;
        }

        /// <summary>The pool, exactly as long as what was added.</summary>
        public TermTexts Build() => new(_bytes[.._length]);
    }
}
