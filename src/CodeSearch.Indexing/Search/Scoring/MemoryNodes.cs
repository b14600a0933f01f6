using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CodeSearch.Indexing.Search.Scoring;

/// <summary>
/// One node of a compiled query (<see cref="MemoryQuery"/>): scores documents asked for in ascending order, one search
/// at a time (nodes keep cursors). Each node scores exactly as the Lucene query it was compiled from.
/// </summary>
internal abstract class MemoryNode
{
    /// <summary>About how many documents the node can match: the driver of a search is the cheapest.</summary>
    public abstract long Cost { get; }

    /// <summary>Whether the node scores from kept postings only (no Lucene scorer inside), so it can be kept whole.</summary>
    public virtual bool Pure => true;

    /// <summary>Every document the node can match, ascending, without repeats.</summary>
    public abstract int[] Documents();

    /// <summary>Whether <paramref name="doc"/> matches, and its score; docs are asked in ascending order.</summary>
    public abstract bool Score(int doc, out float score);

    /// <summary>The ascending union of sorted arrays.</summary>
    protected static int[] Union(IReadOnlyList<int[]> parts)
    {
        if (parts.Count == 1) return parts[0];
        var all = new int[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(all, at);
            at += part.Length;
        }
        Array.Sort(all);
        var n = 0;
        for (var k = 0; k < all.Length; k++)
        {
            if (n == 0 || all[k] != all[n - 1]) all[n++] = all[k];
        }
        return n == all.Length ? all : all[..n];
    }
}

/// <summary>A term query: BM25 from the kept postings, computed by the searcher's own similarity (set up on the first match).</summary>
internal sealed class TermNode(Postings postings, float boost, float parentBoost, PostingsTable table, Leaves leaves) : MemoryNode
{
    private Similarity.SimScorer?[]? _scorers;
    private int _at;

    public override long Cost => postings.Docs.Length;

    public override int[] Documents() => postings.Docs;

    public override bool Score(int doc, out float score)
    {
        var docs = postings.Docs;
        var at = Cursor.Advance(docs, _at, doc);
        _at = at;
        if (at < docs.Length && docs[at] == doc)
        {
            var leaf = leaves.Of(doc);
            score = Scorer(leaf).Score(doc - leaves.Base(leaf), postings.Freqs[at]);
            return true;
        }
        score = 0f;
        return false;
    }

    private Similarity.SimScorer Scorer(int leaf)
    {
        if (_scorers is null)
        {
            _scorers = new Similarity.SimScorer?[leaves.Count];
            var similarity = table.Searcher.Similarity;
            var weight = similarity.ComputeWeight(boost, table.Field(postings.Term.Field), postings.Statistics!);
            // BM25 ignores the query norm; the boosts of the enclosing queries multiply, as Lucene's Normalize passes them.
            weight.Normalize(1f, parentBoost);
            for (var k = 0; k < leaves.Count; k++) _scorers[k] = similarity.GetSimScorer(weight, leaves.Context(k));
        }
        return _scorers[leaf]!;
    }
}

/// <summary>A term query on a common term (<see cref="Postings.Streamed"/>): its postings advanced to the documents asked for.</summary>
internal sealed class StreamedTermNode : MemoryNode
{
    private readonly Postings _postings;
    private readonly Similarity.SimWeight _weight;
    private readonly Similarity _similarity;
    private readonly Leaves _leaves;
    private DocsEnum? _docs;
    private Similarity.SimScorer? _scorer;
    private int _leaf = -1;
    private int _current = -1;

    public StreamedTermNode(Postings postings, float boost, float parentBoost, PostingsTable table, Leaves leaves)
    {
        _postings = postings;
        _leaves = leaves;
        _similarity = table.Searcher.Similarity;
        _weight = _similarity.ComputeWeight(boost, table.Field(postings.Term.Field), postings.Statistics!);
        _weight.Normalize(1f, parentBoost);
    }

    public override long Cost => _postings.Statistics!.DocFreq;

    public override int[] Documents()
    {
        var docs = new List<int>();
        for (var k = 0; k < _leaves.Count; k++)
        {
            var enumerator = Open(k);
            if (enumerator is null) continue;
            for (var doc = enumerator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = enumerator.NextDoc()) docs.Add(_leaves.Base(k) + doc);
        }
        return [.. docs];
    }

    public override bool Score(int doc, out float score)
    {
        score = 0f;
        var leaf = _leaves.Of(doc);
        if (leaf != _leaf)
        {
            _leaf = leaf;
            _docs = Open(leaf);
            _scorer = _similarity.GetSimScorer(_weight, _leaves.Context(leaf));
            _current = -1;
        }
        if (_docs is null) return false;
        var local = doc - _leaves.Base(leaf);
        if (_current < local) _current = _docs.Advance(local);
        if (_current != local) return false;
        score = _scorer!.Score(local, _docs.Freq);
        return true;
    }

    private DocsEnum? Open(int leaf)
    {
        var context = _leaves.Context(leaf);
        var state = _postings.Streamed!.Get(context.Ord);
        if (state is null) return null;
        var terms = context.AtomicReader.GetTerms(_postings.Term.Field)!.GetEnumerator();
        terms.SeekExact(_postings.Term.Bytes, state);
        return terms.Docs(context.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
    }
}

/// <summary>A constant-score query: a fixed score wherever the wrapped query matches.</summary>
internal sealed class ConstantNode(MemoryNode inner, float score) : MemoryNode
{
    public override long Cost => inner.Cost;

    public override bool Pure => inner.Pure;

    public override int[] Documents() => inner.Documents();

    public override bool Score(int doc, out float value)
    {
        value = score;
        return inner.Score(doc, out _);
    }
}

/// <summary>A disjunction-max query: the best clause's score plus the tie-breaker share of the others'.</summary>
internal sealed class MaxNode(IReadOnlyList<MemoryNode> clauses, float tieBreaker) : MemoryNode
{
    public override long Cost => clauses.Sum(c => c.Cost);

    public override bool Pure => clauses.All(c => c.Pure);

    public override int[] Documents() => Union(clauses.Select(c => c.Documents()).ToList());

    public override bool Score(int doc, out float score)
    {
        var max = 0f;
        var sum = 0f;
        var any = false;
        foreach (var clause in clauses)
        {
            if (!clause.Score(doc, out var s)) continue;
            sum += s;
            max = any ? Math.Max(max, s) : s;
            any = true;
        }
        score = any ? max + (sum - max) * tieBreaker : 0f;
        return any;
    }
}

/// <summary>
/// A boolean query: every required clause, no prohibited one, at least the minimum of optional ones (one when nothing
/// is required); the sum of the matching clauses' scores times the similarity's coordination factor unless disabled.
/// </summary>
internal sealed class BooleanNode(IReadOnlyList<MemoryNode> must, IReadOnlyList<MemoryNode> should, IReadOnlyList<MemoryNode> mustNot,
    int minimumShould, float[]? coord) : MemoryNode
{
    public override long Cost => must.Count > 0 ? must.Min(c => c.Cost) : should.Sum(c => c.Cost);

    public override bool Pure => must.Concat(should).Concat(mustNot).All(c => c.Pure);

    public override int[] Documents() => must.Count > 0
        ? must.MinBy(c => c.Cost)!.Documents()
        : Union(should.Select(c => c.Documents()).ToList());

    public override bool Score(int doc, out float score)
    {
        score = 0f;
        var sum = 0f;
        foreach (var clause in must)
        {
            if (!clause.Score(doc, out var s)) return false;
            sum += s;
        }
        foreach (var clause in mustNot)
        {
            if (clause.Score(doc, out _)) return false;
        }
        var matched = 0;
        foreach (var clause in should)
        {
            if (!clause.Score(doc, out var s)) continue;
            sum += s;
            matched++;
        }
        if (matched < minimumShould || (must.Count == 0 && matched == 0)) return false;
        score = coord is null ? sum : sum * coord[must.Count + matched];
        return true;
    }
}

/// <summary>
/// Any other query (phrases, spans, prefix queries): scored by its own Lucene scorer, advanced to the documents asked
/// for, so positions are read only for the candidates.
/// </summary>
internal sealed class LuceneNode(Func<Weight> create, Leaves leaves) : MemoryNode
{
    private Weight? _weight;
    private Scorer? _scorer;
    private int _leaf = -1;
    private int _current = -1;
    private long _cost = -1;

    public override bool Pure => false;

    // Made on first use: most strict queries of several words match no code, and then their bonuses are never asked.
    private Weight Weight => _weight ??= create();

    public override long Cost
    {
        get
        {
            if (_cost >= 0) return _cost;
            long cost = 0;
            for (var k = 0; k < leaves.Count; k++) cost += Weight.GetScorer(leaves.Context(k), leaves.Context(k).AtomicReader.LiveDocs)?.GetCost() ?? 0;
            return _cost = cost;
        }
    }

    public override int[] Documents()
    {
        var docs = new List<int>();
        for (var k = 0; k < leaves.Count; k++)
        {
            var scorer = Weight.GetScorer(leaves.Context(k), leaves.Context(k).AtomicReader.LiveDocs);
            if (scorer is null) continue;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc()) docs.Add(leaves.Base(k) + doc);
        }
        return [.. docs];
    }

    public override bool Score(int doc, out float score)
    {
        score = 0f;
        var leaf = leaves.Of(doc);
        if (leaf != _leaf)
        {
            _leaf = leaf;
            _scorer = Weight.GetScorer(leaves.Context(leaf), leaves.Context(leaf).AtomicReader.LiveDocs);
            _current = -1;
        }
        if (_scorer is null) return false;
        var local = doc - leaves.Base(leaf);
        if (_current < local) _current = _scorer.Advance(local);
        if (_current != local) return false;
        score = _scorer.GetScore();
        return true;
    }
}

/// <summary>The documents a query matches with their scores, worked out once (<see cref="PostingsTable.Kept"/>).</summary>
internal sealed class Scored(int[] docs, float[] scores)
{
    public int[] Docs { get; } = docs;
    public float[] Scores { get; } = scores;

    /// <summary>Every document <paramref name="node"/> (fresh: no cursor moved) matches, with its score.</summary>
    public static Scored Of(MemoryNode node)
    {
        var candidates = node.Documents();
        var docs = new int[candidates.Length];
        var scores = new float[candidates.Length];
        var n = 0;
        foreach (var doc in candidates)
        {
            if (!node.Score(doc, out var score)) continue;
            docs[n] = doc;
            scores[n++] = score;
        }
        return n == docs.Length ? new Scored(docs, scores) : new Scored(docs[..n], scores[..n]);
    }
}

/// <summary>A query whose matches and scores were kept (<see cref="Scored"/>): one lookup per document.</summary>
internal sealed class ScoredNode(Scored scored) : MemoryNode
{
    private int _at;

    public override long Cost => scored.Docs.Length;

    public override int[] Documents() => scored.Docs;

    public override bool Score(int doc, out float score)
    {
        var docs = scored.Docs;
        var at = Cursor.Advance(docs, _at, doc);
        _at = at;
        if (at < docs.Length && docs[at] == doc)
        {
            score = scored.Scores[at];
            return true;
        }
        score = 0f;
        return false;
    }
}

/// <summary>Moves a cursor over an ascending array.</summary>
internal static class Cursor
{
    /// <summary>The first position at or after <paramref name="from"/> holding a value ≥ <paramref name="target"/> (galloping).</summary>
    public static int Advance(int[] values, int from, int target)
    {
        if (from >= values.Length || values[from] >= target) return from;
        var step = 1;
        var low = from;
        var high = from + 1;
        while (high < values.Length && values[high] < target)
        {
            low = high;
            step <<= 1;
            high = from + step;
        }
        if (high > values.Length) high = values.Length;
        // values[low] < target; the answer is in (low, high].
        var found = Array.BinarySearch(values, low + 1, high - low - 1, target);
        return found >= 0 ? found : ~found;
    }
}

/// <summary>The segments of a reader: which one holds an index-wide document id.</summary>
internal sealed class Leaves
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly int[] _bases;

    public Leaves(IndexReader reader)
    {
        _leaves = reader.Leaves;
        _bases = _leaves.Select(l => l.DocBase).ToArray();
    }

    public int Count => _leaves.Count;

    public AtomicReaderContext Context(int leaf) => _leaves[leaf];

    public int Base(int leaf) => _bases[leaf];

    public int Of(int doc)
    {
        if (_bases.Length == 1) return 0;
        var found = Array.BinarySearch(_bases, doc);
        return found >= 0 ? found : ~found - 1;
    }
}
