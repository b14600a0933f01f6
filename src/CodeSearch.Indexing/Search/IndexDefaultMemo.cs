using System.Collections.Concurrent;
using CodeSearch.Indexing.Reference;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The Alphabetic Index default of each query text (<see cref="AlphabeticDefault"/>), worked out once per generation
/// and kept: it depends only on the text and the generation's entries, and an entry search ranks hundreds of
/// candidate entries, about a seventh of an uncached search. Query texts recur (a type-ahead sends the same prefixes;
/// a page after the first sends the same text), so a repeat costs one dictionary lookup. Bounded: cleared when full.
/// </summary>
internal sealed class IndexDefaultMemo(EntrySearcher entries)
{
    /// <summary>Most query texts kept (a few megabytes at most: a text and a short code string each).</summary>
    public const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, IndexDefaultCode?> _found = new(StringComparer.Ordinal);

    /// <summary>The default the text names, or null (<see cref="AlphabeticDefault.Find(EntrySearcher, string)"/>).</summary>
    public IndexDefaultCode? Find(string text)
    {
        if (_found.TryGetValue(text, out var known)) return known;
        var found = AlphabeticDefault.Find(entries, text);
        if (_found.Count >= Capacity) _found.Clear();
        _found[text] = found;
        return found;
    }
}
