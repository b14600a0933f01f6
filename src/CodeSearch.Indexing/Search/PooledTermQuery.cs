using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A term query whose scorers read postings enumerators from a search's <see cref="PostingsPool.Lease"/> instead of
/// opening new ones. Its weight and scorer do what Lucene's <c>TermWeight</c> and <c>TermScorer</c> do (the same
/// similarity weight, normalisation and per-document score), so it matches and scores exactly as a
/// <see cref="TermQuery"/> given the same term lookup; it is one (same term, boost and equality) for everything that
/// reads the query tree.
/// </summary>
internal sealed class PooledTermQuery : TermQuery
{
    private readonly TermContext _states;
    private readonly PostingsPool.Lease _lease;

    public PooledTermQuery(Term term, TermContext states, PostingsPool.Lease lease) : base(term, states)
    {
        _states = states;
        _lease = lease;
    }

    public override Weight CreateWeight(IndexSearcher searcher) =>
        // Term lookups of another reader: Lucene's own weight looks the term up again.
        ReferenceEquals(_states.TopReaderContext, searcher.TopReaderContext) ? new PooledWeight(this, searcher, _states, _lease) : base.CreateWeight(searcher);

    private sealed class PooledWeight : Weight
    {
        private readonly PooledTermQuery _query;
        private readonly TermContext _states;
        private readonly PostingsPool.Lease _lease;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly IndexSearcher _searcher;
        private (float Norm, float TopLevelBoost) _normalized = (1f, 1f);

        public PooledWeight(PooledTermQuery query, IndexSearcher searcher, TermContext states, PostingsPool.Lease lease)
        {
            _query = query;
            _states = states;
            _lease = lease;
            _searcher = searcher;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _normalized = (norm, topLevelBoost);
            _stats.Normalize(norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (_states.Get(context.Ord) is not { } state) return null;
            if (_lease.Docs(context, _query.Term, state, acceptDocs) is not { } docs) return null;
            return new PooledScorer(this, docs, _similarity.GetSimScorer(_stats, context));
        }

        // Explanations are rare (debugging): Lucene's own weight, normalised the same way, explains the same score.
        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var plain = new TermQuery(_query.Term, _states) { Boost = _query.Boost }.CreateWeight(_searcher);
            plain.Normalize(_normalized.Norm, _normalized.TopLevelBoost);
            return plain.Explain(context, doc);
        }
    }

    private sealed class PooledScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

        public override long GetCost() => docs.GetCost();
    }
}
