namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Every term's required stems and weights in two flat pools, for <see cref="TermDictionary.Match"/>: scoring a
/// touched term reads one offset and one run of each pool instead of a term object and its two arrays, which were
/// most of the matching stage's time (cache misses over 177,000 ICD-10-CM terms). The pools are also the terms'
/// only copy of their stems (<see cref="TermTable"/>). Terms sharing their stem arrays (7th-character variants) share
/// one run. Coverage is the same to the last bit: the same weights summed in the same order, divided by the same total.
/// </summary>
internal sealed class TermStems
{
    // Per term: the start of its run, negated-minus-one when the term must be covered completely.
    private readonly int[] _start;
    // Per run: its length, then its stems.
    private readonly int[] _stems;
    // Per run: the term's total weight, then the stems' weights.
    private readonly float[] _weights;

    private TermStems(int[] start, int[] stems, float[] weights) => (_start, _stems, _weights) = (start, stems, weights);

    /// <summary>Learned, guideline and composed terms must be covered completely.</summary>
    public static bool NeedsAll(TermSource source) => source is TermSource.Learned or TermSource.Guideline or TermSource.Composed;

    private int Run(int t) => _start[t] < 0 ? -_start[t] - 1 : _start[t];

    /// <summary>Term <paramref name="t"/>'s required stems (a slice of the pool).</summary>
    public ReadOnlyMemory<int> Required(int t)
    {
        var at = Run(t);
        return _stems.AsMemory(at + 1, _stems[at]);
    }

    /// <summary>The weights of term <paramref name="t"/>'s required stems (a slice of the pool).</summary>
    public ReadOnlyMemory<float> Weights(int t)
    {
        var at = Run(t);
        return _weights.AsMemory(at + 1, _stems[at]);
    }

    /// <summary>Number of term <paramref name="t"/>'s required stems.</summary>
    public int RequiredCount(int t) => _stems[Run(t)];

    /// <summary>The total of term <paramref name="t"/>'s weights.</summary>
    public float Total(int t) => _weights[Run(t)];

    /// <summary>
    /// The weighted coverage of term <paramref name="t"/> by the stems stamped <paramref name="stamp"/> in
    /// <paramref name="present"/>, or -1 when a missing required stem is a number; <paramref name="needsAll"/> says
    /// whether the term must be covered completely.
    /// </summary>
    public float Coverage(int t, int[] present, int stamp, bool[] numeric, out bool needsAll)
    {
        var at = _start[t];
        needsAll = at < 0;
        if (needsAll) at = -at - 1;
        var length = _stems[at];
        var covered = 0f;
        var missingNumber = false;
        for (var i = 1; i <= length; i++)
        {
            var stem = _stems[at + i];
            if (present[stem] == stamp) covered += _weights[at + i];
            else if (numeric[stem]) missingNumber = true;
        }
        return missingNumber ? -1 : covered / _weights[at];
    }

    /// <summary>Fills the pools term by term.</summary>
    internal sealed class Builder(int capacity)
    {
        private readonly List<int> _start = new(capacity);
        private readonly List<int> _stems = [];
        private readonly List<float> _weights = [];
        private readonly Dictionary<int[], int> _runs = new(ReferenceEqualityComparer.Instance);

        /// <summary>Adds the next term's stems; a stem array added before with the same weights and total is shared.</summary>
        public void Add(int[] required, float[] weights, float total, bool needsAll)
        {
            if (!_runs.TryGetValue(required, out var at) || !SameRun(at, weights, total))
            {
                at = _stems.Count;
                _stems.Add(required.Length);
                _weights.Add(total);
                _stems.AddRange(required);
                _weights.AddRange(weights);
                _runs[required] = at;
            }
            _start.Add(needsAll ? -at - 1 : at);
        }

        // A shared stem array with other weights or another total (not built so today) gets its own run.
        private bool SameRun(int at, float[] weights, float total)
        {
            if (_weights[at] != total) return false;
            for (var i = 0; i < weights.Length; i++)
            {
                if (_weights[at + 1 + i] != weights[i]) return false;
            }
            return true;
        }

        public TermStems Build() => new([.. _start], [.. _stems], [.. _weights]);
    }
}
