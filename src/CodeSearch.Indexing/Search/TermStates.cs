using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The term-dictionary lookups of one search, each done once. A word query names the same term in several clauses
/// (the word, the phrase bonus, the relaxed tier: about 32 term clauses for 11 distinct terms on the harness's cold
/// queries), and each <see cref="TermQuery"/> would otherwise look its term up again when its weight is made. Not
/// thread-safe: one per search, on the reader the search runs on. Given the generation's <see cref="KeptTermStates"/>,
/// a term looked up by an earlier search is not looked up again, and the term queries' scorers read postings
/// enumerators kept by the generation (<see cref="PostingsPool"/>), given back when the search is disposed.
/// </summary>
internal sealed class TermStates : IDisposable
{
    private readonly IndexReaderContext _context;
    private readonly KeptTermStates? _kept;
    private readonly PostingsPool.Lease? _postings;
    private readonly Dictionary<Term, TermContext> _states = [];

    public TermStates(IndexReaderContext context) => _context = context;

    public TermStates(KeptTermStates kept)
    {
        _context = kept.Context;
        _kept = kept;
        _postings = kept.Postings.Take();
    }

    /// <summary>A term query whose term is looked up at most once per search.</summary>
    public TermQuery Query(Term term) => _postings is null ? new TermQuery(term, State(term)) : new PooledTermQuery(term, State(term), _postings);

    /// <summary>Gives the postings enumerators back: only once every query built here has finished running.</summary>
    public void Dispose() => _postings?.Dispose();

    /// <summary>The lookups of every term of <paramref name="query"/> (for a span query's spans).</summary>
    public IDictionary<Term, TermContext> Contexts(Query query)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        var contexts = new Dictionary<Term, TermContext>(terms.Count);
        foreach (var term in terms) contexts[term] = State(term);
        return contexts;
    }

    /// <summary>How many documents hold the term.</summary>
    public int DocFreq(Term term) => State(term).DocFreq;

    private TermContext State(Term term)
    {
        if (_states.TryGetValue(term, out var state)) return state;
        return _states[term] = _kept?.Of(term) ?? TermContext.Build(_context, term);
    }

    /// <summary>
    /// Whether some document may hold the term: false only when <paramref name="states"/> are given and no document
    /// does. A clause on such a term matches nothing, and Lucene would make no scorer for it, so leaving it out of a
    /// disjunction changes no score; it saves making its weight (and, for span and phrase clauses, looking the term up again).
    /// </summary>
    public static bool MayHold(TermStates? states, Term term) => states is null || states.DocFreq(term) > 0;

    /// <summary>A plain term query when there is no <paramref name="states"/> (query building tests).</summary>
    public static TermQuery Query(TermStates? states, Term term) => states?.Query(term) ?? new TermQuery(term);
}
