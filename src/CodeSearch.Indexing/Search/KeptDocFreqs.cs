using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// How many codes hold a term, kept per generation's reader: the query reading asks it of the same words query after
/// query (is "pain" a word of the index, is "lft" one, which noun is the condition), and each ask of the reader opens
/// a term dictionary enumerator and seeks it (about 2 KB of frames and buffers; a miss reseeks an idle one, <see cref="TermSeekers"/>). A reader never changes, so the kept
/// count is the reader's. Bounded like the other per-generation caches (cleared when full).
/// </summary>
internal static class KeptDocFreqs
{
    /// <summary>Most terms kept per reader (about 140 bytes each: 1.1 MB at most).</summary>
    public const int Capacity = 8_192;

    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<Term, int>> Kept = [];

    /// <summary>The reader's document frequency of <paramref name="term"/>.</summary>
    public static int Of(IndexReader reader, Term term)
    {
        var kept = Kept.GetValue(reader, _ => new BoundedCache<Term, int>(Capacity));
        if (kept.TryGetValue(term, out var known)) return known;
        return kept.GetOrAdd(term, TermSeekers.Of(reader).DocFreq(term));
    }
}
