using CodeSearch.Core;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// The compiled terms of one release: every code's description, synonyms and learned phrases as stem sets, with
/// postings from stem to terms. <see cref="Match"/> finds the terms a sentence covers. Immutable and thread-safe
/// once built; per-call state lives in a <see cref="MatchBuffer"/>.
/// </summary>
public sealed class TermDictionary
{
    // Stem s's terms are _posted[_postingStart[s].._postingStart[s + 1]]: one array instead of one per stem.
    private readonly int[] _postingStart;
    private readonly int[] _posted;
    private readonly int[] _commonOnly;
    private readonly bool[] _anchor;
    // Positions in Codes ordered by code (then position): PositionOf is a binary search over 4 bytes a code instead of
    // a hash table's 28, and it is not on the per-word matching path.
    private readonly int[] _byCode;
    private readonly bool[] _numeric;
    private readonly ThreadLocal<MatchBuffer> _buffers;
    private readonly TermTable _terms;
    private readonly TermStems _stems;

    internal TermDictionary(CodeSystemId system, MedicalCode[] codes, TermTable terms, Vocabulary vocabulary,
        List<int>?[] postings, bool[] anchor, int[] commonOnly, float indexedCoverage)
    {
        IndexedCoverage = indexedCoverage;
        System = system;
        Codes = codes;
        _terms = terms;
        Vocabulary = vocabulary;
        _postingStart = new int[postings.Length + 1];
        for (var s = 0; s < postings.Length; s++) _postingStart[s + 1] = _postingStart[s] + (postings[s]?.Count ?? 0);
        _posted = new int[_postingStart[^1]];
        for (var s = 0; s < postings.Length; s++) postings[s]?.CopyTo(_posted, _postingStart[s]);
        _anchor = anchor;
        _commonOnly = commonOnly;
        _byCode = ByCode(codes);
        _buffers = new ThreadLocal<MatchBuffer>(NewBuffer);
        _stems = terms.Stems;
        _numeric = new bool[vocabulary.Count];
        foreach (var (stem, id) in vocabulary.Entries) _numeric[id] = stem.All(char.IsDigit);
    }

    /// <summary>The least coverage <see cref="Match"/> can be asked for: the postings were cut for it.</summary>
    public float IndexedCoverage { get; }

    /// <summary>What became of the learned phrases when the dictionary was compiled.</summary>
    public LearnedTermReport LearnedTerms { get; init; } = LearnedTermReport.None;

    /// <summary>ICD-10-PCS: the approach codes of composed procedure wordings (Procedures/ProcedureApproaches reads it).</summary>
    public Procedures.PcsApproachMap Approaches { get; init; } = Procedures.PcsApproachMap.Empty;

    /// <summary>This thread's scratch buffer.</summary>
    public MatchBuffer Buffer => _buffers.Value!;

    /// <summary>Position of an undotted code in <see cref="Codes"/>, or -1.</summary>
    public int PositionOf(string code)
    {
        int lo = 0, hi = _byCode.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(Codes[_byCode[mid]].Code, code) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo < _byCode.Length && string.Equals(Codes[_byCode[lo]].Code, code, StringComparison.Ordinal) ? _byCode[lo] : -1;
    }

    // A code listed twice answers with its first position, as the table did before.
    private static int[] ByCode(MedicalCode[] codes)
    {
        var order = new int[codes.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(codes[a].Code, codes[b].Code) is var c && c != 0 ? c : a.CompareTo(b));
        return order;
    }

    /// <summary>The code system of the release.</summary>
    public CodeSystemId System { get; }

    /// <summary>The release's codes; <see cref="Term.CodePosition"/> indexes this.</summary>
    public MedicalCode[] Codes { get; }

    /// <summary>All terms; each is made from the dictionary's arrays when read (<see cref="TermTable"/>).</summary>
    public IReadOnlyList<Term> Terms => _terms;

    /// <summary>Where term <paramref name="termId"/> comes from (without making the term).</summary>
    public TermSource SourceOf(int termId) => _terms.Source(termId);

    /// <summary>Position in <see cref="Codes"/> of term <paramref name="termId"/>'s code (without making the term).</summary>
    public int CodePositionOf(int termId) => _terms.CodePosition(termId);

    /// <summary>Number of term <paramref name="termId"/>'s required stems (without making the term).</summary>
    public int RequiredCountOf(int termId) => _stems.RequiredCount(termId);

    /// <summary>Learned precision and support of term <paramref name="termId"/>; zero unless it is learned.</summary>
    public (float Precision, int Support) LearnedOf(int termId) => _terms.Learned(termId);

    /// <summary>The stems known to this dictionary.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>A fresh per-thread buffer for <see cref="Match"/>.</summary>
    public MatchBuffer NewBuffer() => new(Vocabulary.Count, _terms.Count);

    /// <summary>
    /// The terms whose required stems the given sentence stems cover with weighted coverage at least
    /// <paramref name="minCoverage"/>. Learned terms must be covered completely.
    /// </summary>
    public List<TermMatch> Match(IEnumerable<int> sentenceStems, float minCoverage, MatchBuffer buffer)
    {
        // Terms are posted for IndexedCoverage: a lower coverage would miss some.
        ArgumentOutOfRangeException.ThrowIfLessThan(minCoverage, IndexedCoverage);
        var stamp = buffer.NextStamp();
        var stems = new List<int>();
        foreach (var s in sentenceStems)
        {
            if (s < 0 || buffer.Present[s] == stamp) continue;
            buffer.Present[s] = stamp;
            stems.Add(s);
        }
        var touched = buffer.Touched;
        touched.Clear();
        var seen = buffer.Seen;
        foreach (var s in stems)
        {
            if (!_anchor[s]) continue;
            foreach (var t in _posted.AsSpan(_postingStart[s], _postingStart[s + 1] - _postingStart[s]))
            {
                ref var word = ref seen[t >> 6];
                var bit = 1UL << t;
                if ((word & bit) != 0) continue;
                word |= bit;
                touched.Add(t);
            }
        }
        // Clear only the bits set above, so the next sentence starts from an empty set without sweeping it.
        foreach (var t in touched) seen[t >> 6] = 0;
        foreach (var t in _commonOnly) touched.Add(t);

        var matches = new List<TermMatch>();
        var present = buffer.Present;
        foreach (var t in touched)
        {
            var coverage = _stems.Coverage(t, present, stamp, _numeric, out var needsAll);
            if (coverage < 0) continue;
            if (coverage >= (needsAll ? 0.999f : minCoverage)) matches.Add(new TermMatch(t, coverage));
        }
        return matches;
    }

    /// <summary>True when the stem is in the current sentence of <paramref name="buffer"/>.</summary>
    public static bool IsPresent(MatchBuffer buffer, int stem) => stem >= 0 && buffer.Present[stem] == buffer.Stamp;
}

/// <summary>Scratch arrays for one thread's matching; reused across sentences.</summary>
public sealed class MatchBuffer
{
    internal MatchBuffer(int stems, int terms)
    {
        Present = new int[stems];
        Seen = new ulong[(terms + 63) / 64];
    }

    internal int[] Present { get; }
    // One bit per term, all clear between calls: one per thread, so a bit set (22 KB for ICD-10-CM's 177,000 terms)
    // instead of an int stamp per term (708 KB per thread, about 12 MB with the thread pool's threads under load).
    internal ulong[] Seen { get; }
    internal List<int> Touched { get; } = [];
    internal int Stamp { get; private set; }

    internal int NextStamp() => ++Stamp;
}
