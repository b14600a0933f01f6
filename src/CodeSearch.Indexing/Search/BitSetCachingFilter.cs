using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Caches a filter's documents per segment as a <see cref="FixedBitSet"/> instead of the compressed set
/// <see cref="CachingWrapperFilter"/> keeps by default. A bit set offers random access, so
/// <see cref="FilteredQuery"/> hands it to the postings as accepted documents instead of advancing the query and the
/// filter in turn ("leap-frog"), which cost about 5 % of an uncached search over a filter that passes nearly every
/// code. One bit per document: 23 KB per scope for the full index.
/// </summary>
internal sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
{
    protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
    {
        var bits = new FixedBitSet(reader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
