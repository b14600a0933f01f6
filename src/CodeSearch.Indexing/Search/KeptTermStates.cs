using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The term-dictionary lookups of one generation, kept across searches: the same words come back query after query
/// ("fracture", "left", "unspecified"), and a lookup walks the terms index and reads a block of the terms file each
/// time. A <see cref="TermContext"/> is only read once built (a term query copies its state into its own terms enum),
/// so one may serve any number of searches at once on the reader it was built on. Bounded: cleared when
/// <see cref="Capacity"/> terms are kept (a term and its state are a few hundred bytes: about 5 MB at most).
/// </summary>
internal sealed class KeptTermStates(IndexReaderContext context)
{
    /// <summary>Most terms kept.</summary>
    public const int Capacity = 4_096;

    private readonly BoundedCache<Term, TermContext> _states = new(Capacity);

    /// <summary>Postings enumerators handed from search to search on this generation's reader.</summary>
    public PostingsPool Postings { get; } = new();

    /// <summary>The top-level reader context the states are built on.</summary>
    public IndexReaderContext Context => context;

    /// <summary>The term's state on every leaf, looked up once per generation.</summary>
    public TermContext Of(Term term)
    {
        if (_states.TryGetValue(term, out var known)) return known;
        var built = TermSeekers.Of(context.Reader).Context(context, term);
        return _states.GetOrAdd(term, built);
    }
}
