namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// What the other candidates of the same note say about one candidate, computed once per note for the note-relative
/// ranking features (<see cref="FeatureTable"/>): how many codes compete, where this one's evidence stands among them,
/// and whether an ancestor or descendant code is also a candidate. Coders pick a few codes per note; a wording that is
/// strong in a note full of strong wordings is worth less than the same wording in a short note.
/// </summary>
public sealed class NoteContext
{
    private readonly Dictionary<CodeCandidate, int> _position;
    private readonly double[] _strengthRank;
    private readonly double[] _topicRank;
    private readonly HashSet<string> _codes;
    private readonly HashSet<string> _prefixes;

    private readonly int[] _spanRivals;
    private readonly double[] _spanPriorRank;
    private readonly double[] _categoryPriorRank;
    private readonly bool[] _fullDescendant;

    /// <summary>The context of <paramref name="candidates"/>, all of one note and one release, with their
    /// <paramref name="contexts"/> in the same order; <paramref name="priors"/> (train notes per code) for the
    /// comparisons of how often coders chose each rival (null: no code counts).</summary>
    public NoteContext(IReadOnlyList<CodeCandidate> candidates, IReadOnlyList<CandidateContext> contexts, CodePriors? priors = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(contexts);
        if (contexts.Count != candidates.Count) throw new ArgumentException("One context per candidate.", nameof(contexts));
        Count = candidates.Count;
        _position = new Dictionary<CodeCandidate, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < candidates.Count; i++) _position.TryAdd(candidates[i], i);
        _strengthRank = RankShares(candidates.Select(Strength).ToArray());
        var topics = new double[candidates.Count];
        for (var i = 0; i < topics.Length; i++) topics[i] = contexts[i].Topic;
        _topicRank = RankShares(topics);
        _codes = candidates.Select(c => c.Code.Code).ToHashSet(StringComparer.Ordinal);
        _prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in _codes)
        {
            for (var n = 3; n < code.Length; n++) _prefixes.Add(code[..n]);
        }
        (_spanRivals, _spanPriorRank, _categoryPriorRank, _fullDescendant) = CompareRivals(candidates, priors);
        var sentences = candidates.SelectMany(c => c.Mentions).Select(m => m.Sentence).DefaultIfEmpty(0).Max() + 1;
        Sentences = sentences;
        SentencesWithMentions = Math.Max(1, candidates.SelectMany(c => c.Basis).Select(m => m.Sentence).Distinct().Count());
    }

    /// <summary>Candidates in the note.</summary>
    public int Count { get; }

    /// <summary>Sentences up to the last one holding a mention (the note's length as the pipeline saw it).</summary>
    public int Sentences { get; }

    /// <summary>Distinct sentences holding a counted mention of any candidate (at least 1).</summary>
    public int SentencesWithMentions { get; }

    /// <summary>Share of the note's candidates with stronger evidence (coverage, then sentences, then matched words):
    /// 0 for the strongest.</summary>
    public double StrengthRank(CodeCandidate candidate) => _position.TryGetValue(candidate, out var i) ? _strengthRank[i] : 0;

    /// <summary>Share of the note's candidates whose topic similarity is higher: 0 for the closest.</summary>
    public double TopicRank(CodeCandidate candidate) => _position.TryGetValue(candidate, out var i) ? _topicRank[i] : 0;

    /// <summary>True when another candidate of the note is a descendant of <paramref name="candidate"/>'s code.</summary>
    public bool HasDescendant(CodeCandidate candidate) => _prefixes.Contains(candidate.Code.Code);

    /// <summary>True when another candidate of the note is an ancestor of <paramref name="candidate"/>'s code.</summary>
    public bool HasAncestor(CodeCandidate candidate)
    {
        var code = candidate.Code.Code;
        for (var n = 3; n < code.Length; n++)
        {
            if (_codes.Contains(code[..n])) return true;
        }
        return false;
    }

    /// <summary>Other candidates whose strongest mention lies in the same sentence and overlaps this one's evidence:
    /// codes competing for the same words.</summary>
    public int SpanRivals(CodeCandidate candidate) => _position.TryGetValue(candidate, out var i) ? _spanRivals[i] : 0;

    /// <summary>Share of the <see cref="SpanRivals"/> coded in more train notes (0 for the most coded, or alone).</summary>
    public double SpanPriorRank(CodeCandidate candidate) => _position.TryGetValue(candidate, out var i) ? _spanPriorRank[i] : 0;

    /// <summary>Share of the other candidates of the same 3-character category coded in more train notes (0 for the
    /// most coded, or alone).</summary>
    public double CategoryPriorRank(CodeCandidate candidate) => _position.TryGetValue(candidate, out var i) ? _categoryPriorRank[i] : 0;

    /// <summary>True when another counted candidate, a descendant of this code, is fully matched by its wording: the
    /// note supports a more specific code.</summary>
    public bool HasFullDescendant(CodeCandidate candidate) => _position.TryGetValue(candidate, out var i) && _fullDescendant[i];

    // Competition between candidates for the same words and within a category, by how often coders chose each in train.
    private static (int[] SpanRivals, double[] SpanPriorRank, double[] CategoryPriorRank, bool[] FullDescendant) CompareRivals(
        IReadOnlyList<CodeCandidate> candidates, CodePriors? priors)
    {
        var n = candidates.Count;
        var (spanRivals, spanRank, categoryRank, fullDescendant) = (new int[n], new double[n], new double[n], new bool[n]);
        var counts = new int[n];
        for (var i = 0; i < n; i++) counts[i] = priors?.Count(candidates[i].Code.System, candidates[i].Code.Code) ?? 0;
        foreach (var sentence in Enumerable.Range(0, n).GroupBy(i => candidates[i].Best.Sentence))
        {
            var members = sentence.ToArray();
            foreach (var i in members)
            {
                var (rivals, more) = (0, 0);
                foreach (var j in members)
                {
                    if (j == i || !Overlaps(candidates[i].Best.Evidence, candidates[j].Best.Evidence)) continue;
                    rivals++;
                    if (counts[j] > counts[i]) more++;
                }
                spanRivals[i] = rivals;
                spanRank[i] = rivals == 0 ? 0 : (double)more / rivals;
            }
        }
        foreach (var category in Enumerable.Range(0, n).GroupBy(i => (candidates[i].Code.System, Category: candidates[i].Code.Code[..Math.Min(3, candidates[i].Code.Code.Length)])))
        {
            var members = category.ToArray();
            if (members.Length == 1) continue;
            foreach (var i in members)
            {
                categoryRank[i] = (double)members.Count(j => counts[j] > counts[i]) / (members.Length - 1);
                var code = candidates[i].Code.Code;
                fullDescendant[i] = members.Any(j => j != i && !candidates[j].Excluded && candidates[j].Best.Coverage >= 0.999f
                    && candidates[j].Code.Code.Length > code.Length && candidates[j].Code.Code.StartsWith(code, StringComparison.Ordinal));
            }
        }
        return (spanRivals, spanRank, categoryRank, fullDescendant);
    }

    private static bool Overlaps(Text.TextSpan a, Text.TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The evidence strength candidates are compared by (also used within a category by the analyser).</summary>
    public static double Strength(CodeCandidate c) =>
        c.Best.Coverage * 1000 + Math.Min(c.Basis.Select(m => m.Sentence).Distinct().Count(), 99) * 10 + Math.Min(c.Best.MatchedWords, 9);

    // For each candidate, the share of candidates with a strictly higher value.
    private static double[] RankShares(double[] values)
    {
        var n = values.Length;
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var shares = new double[n];
        for (var i = 0; i < n; i++)
        {
            // Values above this one: n minus the position after the last equal value.
            var last = Array.BinarySearch(sorted, values[i]);
            while (last + 1 < n && sorted[last + 1] == values[i]) last++;
            shares[i] = (double)(n - 1 - last) / n;
        }
        return shares;
    }
}
