using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search.Scoring;

/// <summary>
/// Turns a built word query into <see cref="MemoryNode"/>s that score from kept postings (<see cref="PostingsTable"/>):
/// term, boolean, disjunction-max and constant-score queries are evaluated on arrays, with Lucene's own BM25 and
/// coordination factor; any other query (phrases, spans, prefix queries) keeps its Lucene scorer, advanced only to the
/// candidates. The queries themselves stay the one statement of the ranking rules (<see cref="TextQueryBuilder"/>,
/// <see cref="RelaxedQueryBuilder"/>): this only evaluates them differently, so the scores are Lucene's (up to the
/// order in which a sum is added up).
/// </summary>
internal static class MemoryQuery
{
    /// <summary>The node for <paramref name="query"/> inside queries whose boosts multiply to <paramref name="parentBoost"/>.</summary>
    public static MemoryNode Compile(Query query, PostingsTable table, Leaves leaves, float parentBoost = 1f)
    {
        switch (query)
        {
            case TermQuery term:
                var postings = table.Of(term.Term);
                return postings.Streamed is null
                    ? new TermNode(postings, term.Boost, parentBoost, table, leaves)
                    : new StreamedTermNode(postings, term.Boost, parentBoost, table, leaves);
            case ConstantScoreQuery constant when constant.Query is not null:
                // Lucene: the boost times the query norm (1 under BM25) times the enclosing boosts.
                return Kept(query, parentBoost, table, () => new ConstantNode(Compile(constant.Query, table, leaves), constant.Boost * parentBoost));
            case DisjunctionMaxQuery max:
                return Kept(query, parentBoost, table,
                    () => new MaxNode(max.Disjuncts.Select(q => Compile(q, table, leaves, parentBoost * max.Boost)).ToList(), max.TieBreakerMultiplier));
            case BooleanQuery boolean:
                return Boolean(boolean, table, leaves, parentBoost * boolean.Boost);
            default:
                return new LuceneNode(() =>
                {
                    var searcher = table.Searcher;
                    var weight = searcher.Rewrite(query).CreateWeight(searcher);
                    weight.GetValueForNormalization();
                    weight.Normalize(1f, parentBoost);
                    return weight;
                }, leaves);
        }
    }

    // A word's clause (a disjunction over its forms and fields) or a constant-score part recurs across queries: its
    // matches and scores are worked out once per generation and kept, unless a Lucene scorer is inside or it is too big.
    private static MemoryNode Kept(Query query, float parentBoost, PostingsTable table, Func<MemoryNode> compile)
    {
        if (table.Kept(query, parentBoost) is { } kept) return new ScoredNode(kept);
        var node = compile();
        if (!node.Pure || node.Cost > PostingsTable.MaxKeptDocuments) return node;
        var scored = Scored.Of(node);
        table.Keep(query, parentBoost, scored);
        return new ScoredNode(scored);
    }

    private static BooleanNode Boolean(BooleanQuery boolean, PostingsTable table, Leaves leaves, float boost)
    {
        var must = new List<MemoryNode>();
        var should = new List<MemoryNode>();
        var mustNot = new List<MemoryNode>();
        foreach (var clause in boolean.Clauses)
        {
            var node = Compile(clause.Query, table, leaves, clause.Occur == Occur.MUST_NOT ? 1f : boost);
            (clause.Occur switch { Occur.MUST => must, Occur.SHOULD => should, _ => mustNot }).Add(node);
        }
        float[]? coord = null;
        if (!boolean.CoordDisabled)
        {
            var max = must.Count + should.Count;
            coord = new float[max + 1];
            // As Lucene's BooleanWeight: no factor when there is one clause.
            for (var k = 0; k <= max; k++) coord[k] = max == 1 ? 1f : table.Searcher.Similarity.Coord(k, max);
        }
        return new BooleanNode(must, should, mustNot, boolean.MinimumNumberShouldMatch, coord);
    }
}
