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

    /// <summary>Fills the pools term by term; terms with the same stems share the run added for the first.</summary>
    internal sealed class Builder(int capacity)
    {
        private readonly List<int> _start = new(capacity);
        private readonly List<int> _stems = [];
        private readonly List<float> _weights = [];

        /// <summary>Adds a run of stems with their weights and total; returns where it starts.</summary>
        public int AddRun(ReadOnlySpan<int> required, ReadOnlySpan<float> weights, float total)
        {
            var at = _stems.Count;
            _stems.Add(required.Length);
            _weights.Add(total);
            _stems.AddRange(required);
            _weights.AddRange(weights);
            return at;
        }

        /// <summary>Adds the next term, its stems the run at <paramref name="at"/>.</summary>
        public void AddTerm(int at, bool needsAll) => _start.Add(needsAll ? -at - 1 : at);

        public TermStems Build() => new([.. _start], [.. _stems], [.. _weights]);
    }
}
