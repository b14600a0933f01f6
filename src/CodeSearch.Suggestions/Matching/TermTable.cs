using System.Collections;
using CodeSearch.Core;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// A dictionary's terms as flat arrays (docs/operations.md#memory): per term its code position, its source, and offsets
/// into pools of stems (<see cref="TermStems"/>) and optional stems, and where its text starts in a pool of UTF-8
/// (<see cref="TermTexts"/>; none for a description, which is read from its code); the few learned terms' precision and
/// support beside them. ICD-10-CM's 177,000 terms as objects, each with its own stem, weight and optional arrays, took
/// about 30 MB of heap; as arrays they take about a third of that. A <see cref="Term"/> is made when one is read
/// (<see cref="this[int]"/>), its arrays slices of the pools.
/// </summary>
internal sealed class TermTable : IReadOnlyList<Term>
{
    private readonly MedicalCode[] _codes;
    private readonly int[] _code;
    private readonly byte[] _source;
    // Per term, the start of its optional stems; one more entry closes the last.
    private readonly int[] _optionalStart;
    private readonly int[] _optional;
    // Per term, where its text starts in _texts; -1 for a description (read from its code).
    private readonly int[] _textStart;
    private readonly TermTexts _texts;
    private readonly Dictionary<int, (float Precision, int Support)> _learned;

    private TermTable(MedicalCode[] codes, int[] code, byte[] source, TermStems stems, int[] optionalStart, int[] optional,
        int[] textStart, TermTexts texts, Dictionary<int, (float, int)> learned)
    {
        (_codes, _code, _source, Stems, _optionalStart, _optional, _textStart, _texts, _learned) =
            (codes, code, source, stems, optionalStart, optional, textStart, texts, learned);
    }

    /// <summary>The terms' required stems and weights.</summary>
    public TermStems Stems { get; }

    /// <summary>Number of terms.</summary>
    public int Count => _code.Length;

    /// <summary>Position of term <paramref name="t"/>'s code in the code table.</summary>
    public int CodePosition(int t) => _code[t];

    /// <summary>Where term <paramref name="t"/> comes from.</summary>
    public TermSource Source(int t) => (TermSource)_source[t];

    /// <summary>Learned precision and support of term <paramref name="t"/> (zero for a term not learned).</summary>
    public (float Precision, int Support) Learned(int t) => _learned.GetValueOrDefault(t);

    /// <summary>Term <paramref name="t"/>, made from the arrays.</summary>
    public Term this[int t]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(t);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(t, Count);
            var (precision, support) = Learned(t);
            var optional = _optional.AsMemory(_optionalStart[t], _optionalStart[t + 1] - _optionalStart[t]);
            var source = (TermSource)_source[t];
            var text = _textStart[t] < 0 ? "" : _texts[_textStart[t]];
            return new Term(_code[t], text, source, Stems.Required(t), Stems.Weights(t), optional, precision, support)
            {
                Describes = source == TermSource.Description ? _codes[_code[t]] : null,
                TotalWeight = Stems.Total(t),
            };
        }
    }

    public IEnumerator<Term> GetEnumerator()
    {
        for (var t = 0; t < Count; t++) yield return this[t];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Collects terms in order, their required stems in one pool until the weights are known; <see cref="Build"/>
    /// makes the table once the stems are in a <see cref="TermStems"/>. Columns instead of a tuple and two arrays per
    /// term while the dictionary is compiled lower the start-up peak (docs/operations.md#memory).
    /// </summary>
    internal sealed class Builder(MedicalCode[] codes)
    {
        private readonly List<int> _code = [];
        private readonly List<byte> _source = [];
        private readonly List<int> _requiredStart = [0];
        private readonly List<int> _required = [];
        private readonly List<int> _optionalStart = [0];
        private readonly List<int> _optional = [];
        private readonly List<int> _textStart = [];
        private readonly TermTexts.Builder _texts = new();
        private readonly Dictionary<int, (float, int)> _learned = [];

        /// <summary>Terms added so far.</summary>
        public int Count => _code.Count;

        /// <summary>Adds the next term. A description's text is read from its code.</summary>
        public void Add(int code, string text, TermSource source, ReadOnlySpan<int> required, ReadOnlySpan<int> optional,
            float precision = 0, int support = 0)
        {
            var t = _code.Count;
            _code.Add(code);
            _source.Add((byte)source);
            _required.AddRange(required);
            _requiredStart.Add(_required.Count);
            _optional.AddRange(optional);
            _optionalStart.Add(_optional.Count);
            _textStart.Add(source == TermSource.Description ? -1 : _texts.Add(text));
            if (precision != 0 || support != 0) _learned[t] = (precision, support);
        }

        /// <summary>Term <paramref name="t"/>'s required stems (valid until the next <see cref="Add"/>).</summary>
        public ReadOnlySpan<int> Required(int t) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_required)[_requiredStart[t].._requiredStart[t + 1]];

        /// <summary>Where term <paramref name="t"/> comes from.</summary>
        public TermSource Source(int t) => (TermSource)_source[t];

        /// <summary>The table, with <paramref name="stems"/> holding every term's required stems and weights.</summary>
        public TermTable Build(TermStems stems) => new(codes, [.. _code], [.. _source], stems, [.. _optionalStart], [.. _optional],
            [.. _textStart], _texts.Build(), _learned);
    }
}
