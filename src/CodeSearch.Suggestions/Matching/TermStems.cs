namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Every term's required stems and weights copied into two flat pools, for <see cref="TermDictionary.Match"/>: scoring a
/// touched term reads one offset and one run of each pool instead of the term object and its two arrays, which were
/// most of the matching stage's time (cache misses over 177,000 ICD-10-CM terms). Terms sharing their stem arrays
/// (7th-character variants) share one run. Gives the same coverage to the last bit: the same weights summed in the same
/// order, divided by the same total.
/// </summary>
internal sealed class TermStems
{
    // Per term: the start of its run, negated-minus-one when the term must be covered completely.
    private readonly int[] _start;
    // Per run: its length, then its stems.
    private readonly int[] _stems;
    // Per run: the term's total weight, then the stems' weights.
    private readonly float[] _weights;

    public TermStems(Term[] terms)
    {
        _start = new int[terms.Length];
        var runs = new Dictionary<int[], int>(ReferenceEqualityComparer.Instance);
        var stems = new List<int>();
        var weights = new List<float>();
        for (var t = 0; t < terms.Length; t++)
        {
            var term = terms[t];
            if (!runs.TryGetValue(term.Required, out var at) || !SameRun(at, term, weights))
            {
                at = stems.Count;
                stems.Add(term.Required.Length);
                weights.Add(term.TotalWeight);
                stems.AddRange(term.Required);
                weights.AddRange(term.Weights);
                runs[term.Required] = at;
            }
            _start[t] = NeedsAll(term.Source) ? -at - 1 : at;
        }
        _stems = [.. stems];
        _weights = [.. weights];

        // A shared stem array with other weights or another total (not built so today) gets its own run.
        static bool SameRun(int at, Term term, List<float> weights)
        {
            if (weights[at] != term.TotalWeight) return false;
            for (var i = 0; i < term.Weights.Length; i++)
            {
                if (weights[at + 1 + i] != term.Weights[i]) return false;
            }
            return true;
        }
    }

    /// <summary>Learned, guideline and composed terms must be covered completely.</summary>
    public static bool NeedsAll(TermSource source) => source is TermSource.Learned or TermSource.Guideline or TermSource.Composed;

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
}
