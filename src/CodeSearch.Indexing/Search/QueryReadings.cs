using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The reading of each query text (<see cref="QueryReading"/>), worked out once per generation and kept: it depends
/// only on the text, the generation's terms and entries and the vocabulary. Reading a query (vocabulary, spelling,
/// completion) and finding its Alphabetic Index default (an entry search ranking hundreds of candidates) were about a
/// fifth of an uncached search; query texts recur (a type-ahead sends the same prefixes, a later page the same text),
/// and a repeat now costs one dictionary lookup. Bounded: cleared when <see cref="Capacity"/> texts are kept.
/// A search in one code system reads a text in that system's words (<see cref="SystemReading"/>), so a reading is
/// kept per text and per single system (or none, for a mixed scope).
/// </summary>
internal sealed class QueryReadings(IndexReader reader, ClinicalVocabulary vocabulary)
{
    /// <summary>Most query texts kept: a few megabytes at most (a text, its words and a code each).</summary>
    public const int Capacity = 8_192;

    private readonly QueryReader _reader = new(reader, vocabulary);
    private readonly SystemHeldWords _held = new(reader);
    private ShortListFallback? _fallback;

    /// <summary>Other readings of a text that listed few codes (<see cref="ShortListFallback"/>), best first.</summary>
    public IEnumerable<string> Alternatives(string searched) => (_fallback ??= new ShortListFallback(reader, _reader)).Alternatives(searched);
    private readonly BoundedCache<(CodeSystemId? System, string Text), QueryReading> _read = new(Capacity);

    /// <summary>The reading of <paramref name="text"/> searched in <paramref name="scope"/>.</summary>
    public QueryReading Read(string text, SearchScope scope)
    {
        var key = (SystemReading.OneSystem(scope), text);
        if (_read.TryGetValue(key, out var known)) return known;
        var understood = SystemReading.Read(_reader, reader, _held, text, key.Item1);
        var reading = new QueryReading(understood, QueryWords.Of(understood.Text));
        return _read.GetOrAdd(key, reading);
    }
}
