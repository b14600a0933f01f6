using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The highest score a word's clause can give any code, for skipping codes that cannot reach a page
/// (<see cref="RelaxedSearch"/>). A term's best score (boost 1) is found once per generation by scoring every code that
/// holds it with the searcher's own similarity, and kept (at most <see cref="Capacity"/> terms, cleared when full);
/// a clause's bound follows from its terms': the boost times the term's best for a term, the fixed score for a
/// constant one, the best clause (plus the tie-breaker share of the rest) for a disjunction, the sum of the clauses for
/// a boolean query and of the terms for an exact phrase. Any other query has no bound (infinity).
/// </summary>
internal sealed class ScoreBounds(IndexSearcher searcher, KeptTermStates states)
{
    /// <summary>Most terms whose best score is kept (a few dozen bytes each).</summary>
    public const int Capacity = 16_384;

    private readonly BoundedCache<Term, float> _best = new(Capacity);

    /// <summary>At least the highest score <paramref name="query"/> gives any code (under enclosing boosts <paramref name="boost"/>).</summary>
    public float Of(Query query, float boost = 1f)
    {
        switch (query)
        {
            case TermQuery term:
                return Best(term.Term) * term.Boost * boost;
            case ConstantScoreQuery constant:
                return constant.Boost * boost;
            case DisjunctionMaxQuery max:
            {
                float best = 0f, sum = 0f;
                foreach (var clause in max.Disjuncts)
                {
                    var bound = Of(clause, boost * max.Boost);
                    best = Math.Max(best, bound);
                    sum += bound;
                }
                return best + (sum - best) * max.TieBreakerMultiplier;
            }
            case BooleanQuery boolean:
            {
                // The coordination factor is at most 1; prohibited clauses add nothing.
                var sum = 0f;
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT) sum += Of(clause.Query, boost * boolean.Boost);
                }
                return sum;
            }
            case PhraseQuery { Slop: 0 } phrase:
            {
                // BM25 weighs a phrase by the sum of its terms' idf, and an exact phrase occurs no more often than
                // any of its terms, in a field of the same length: at most the sum of the terms' best scores.
                var sum = 0f;
                foreach (var term in phrase.GetTerms()) sum += Best(term);
                return sum * phrase.Boost * boost;
            }
            default:
                return float.PositiveInfinity;
        }
    }

    // The term's best score over every code that holds it, at boost 1.
    private float Best(Term term)
    {
        if (_best.TryGetValue(term, out var known)) return known;
        var context = states.Of(term);
        var best = 0f;
        if (context.DocFreq > 0)
        {
            var similarity = searcher.Similarity;
            var weight = similarity.ComputeWeight(1f, searcher.CollectionStatistics(term.Field), searcher.TermStatistics(term, context));
            weight.Normalize(1f, 1f);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var state = context.Get(leaf.Ord);
                if (state is null) continue;
                var terms = leaf.AtomicReader.GetTerms(term.Field)!.GetEnumerator();
                terms.SeekExact(term.Bytes, state);
                var postings = terms.Docs(null, null, DocsFlags.FREQS);
                var scorer = similarity.GetSimScorer(weight, leaf);
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    best = Math.Max(best, scorer.Score(doc, postings.Freq));
                }
            }
        }
        return _best.GetOrAdd(term, best);
    }
}
