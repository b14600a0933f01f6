using CodeSearch.Indexing.Storage;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;
using CodeSearch.Indexing.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Reference;

/// <summary>
/// SearchIndex: finds index and table entries whose path (main term, subterms, nonessential modifiers) holds every
/// query word, in any order. Words of a table's column headings ("secondary", "poisoning", "accidental") are
/// optional for the path and pick the columns instead. Entries whose path has the fewest words the query did not
/// ask for come first (the most specific match), then by BM25 score. Rules in docs/reference.md.
/// </summary>
public sealed class EntrySearcher : IDisposable
{
    /// <summary>Candidates re-ranked per query.</summary>
    public const int Candidates = 400;

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly TopHitsSearcher _searcher;
    private readonly ReferenceData _data;
    private readonly int[] _ordinals;
    private readonly Dictionary<string, HashSet<string>> _columnWords = new(StringComparer.Ordinal);
    private readonly Dictionary<(AlphabeticIndexKind, string), int> _mainTermSizes = [];
    private readonly HashSet<string> _allColumnWords;
    // The distinct analysed words of each entry's path, filled on first use (a race only computes the same words twice).
    // Kept as arrays, not sets: they are only counted (as sets, 5.1 MB for 25,645 entries after one pass of the load
    // harness's cold queries; an array of 4 words is 56 bytes). Bounded: the entries ranked under a varied load filled
    // one for every entry ever ranked (6.2 MiB after one pass of the cold queries, up to the 100,000 entries under a
    // long load); at most MaxKeptPathWords are kept (docs/benchmarks.md "Peak memory under load").
    private readonly BoundedSlots<string[]> _pathWords;

    /// <summary>Most entries whose path words are kept (about 240 bytes each with the words: 2 MB at most).</summary>
    public const int MaxKeptPathWords = 8_192;

    // The stems of each path part (a main term, subterm or modifier text), in order, for the entries' path words: the
    // parts repeat across entries (every subterm of "Fracture" starts with it). Bounded like the path words.
    private readonly BoundedCache<string, string[]> _partStems = new(MaxKeptPathParts, StringComparer.Ordinal);

    // The term states of the words searched for (see Kept), bounded like the code index's (KeptTermStates).
    private readonly BoundedCache<Term, TermContext> _termStates = new(KeptTermStates.Capacity);

    /// <summary>Most path parts whose stems are kept (about 150 bytes each with the part and its stems: 2.4 MB at most).</summary>
    public const int MaxKeptPathParts = 16_384;

    public EntrySearcher(string generationDirectory, ReferenceData data)
    {
        _data = data;
        _directory = new UntrackedMMapDirectory(Path.Combine(generationDirectory, EntryIndexSchema.FolderName));
        _reader = DirectoryReader.Open(_directory);
        try
        {
            // As for the code index: opening reads only headers, so damaged postings would otherwise fail at search time;
            // the check reads the files, not the map, so that it leaves none of their pages resident.
            LuceneIntegrity.Check(_directory.Directory.FullName);
            if (_reader.MaxDoc != data.Entries.Count)
            {
                throw new InvalidDataException($"The entry index holds {_reader.MaxDoc} entries, the reference material {data.Entries.Count}.");
            }
        }
        catch
        {
            Dispose();
            throw;
        }
        _searcher = new TopHitsSearcher(_reader) { Similarity = LuceneSchema.Similarity };
        _ordinals = new int[_reader.MaxDoc];
        foreach (var leaf in _reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(EntryIndexSchema.Ordinal);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++) _ordinals[leaf.DocBase + doc] = (int)values.Get(doc);
        }
        // One pass: enumerating the entries decodes each one (reference.bin keeps them encoded).
        foreach (var entry in data.Entries)
        {
            var key = (entry.Index, entry.Path[0]);
            _mainTermSizes[key] = _mainTermSizes.GetValueOrDefault(key) + 1;
            foreach (var cell in entry.Cells)
            {
                if (!_columnWords.ContainsKey(cell.Column)) _columnWords[cell.Column] = QueryTokens.Stems(cell.Column);
            }
        }
        _mainTermSizes.TrimExcess();
        _allColumnWords = _columnWords.Values.SelectMany(w => w).ToHashSet();
        _pathWords = new BoundedSlots<string[]>(data.Entries.Count, MaxKeptPathWords);
    }

    /// <summary>Entries for a query, best first; <paramref name="kind"/> null searches every index and table.</summary>
    public IReadOnlyList<EntryHit> Search(string text, AlphabeticIndexKind? kind, int limit)
    {
        var tokens = QueryTokens.StemList(text).Distinct().ToList();
        if (tokens.Count == 0) return [];
        var query = new BooleanQuery(disableCoord: true);
        var required = tokens.Where(t => !_allColumnWords.Contains(t)).ToList();
        foreach (var token in tokens)
        {
            query.Add(Kept(new Term(EntryIndexSchema.Text, token)), required.Count == 0 || required.Contains(token) ? Occur.MUST : Occur.SHOULD);
        }
        if (kind is { } k) query.Add(Kept(new Term(EntryIndexSchema.Kind, EntryIndexSchema.Key(k))), Occur.MUST);
        var asked = tokens.ToHashSet();
        return _searcher.Top(query, Candidates)
            .Select(sd => (Entry: _data.Entries[_ordinals[sd.Doc]], Ordinal: _ordinals[sd.Doc], sd.Score))
            .Select(c => (c.Entry, c.Ordinal, c.Score, Extra: PathWords(c.Ordinal).Count(w => !asked.Contains(w))))
            .OrderBy(c => c.Extra).ThenByDescending(c => c.Score).ThenBy(c => c.Entry.Level)
            .Take(limit)
            .Select(c => new EntryHit(c.Entry, c.Score, Columns(c.Entry, asked), Followed(c.Ordinal)))
            .ToList();
    }

    /// <summary>
    /// Entries of one index or table whose path holds, for each analysed word, a word with the same first
    /// <paramref name="prefix"/> letters (a word that short or shorter, itself), shallowest first: the entries a site named
    /// by another form of its word may name ("pancreatic" → pancreas, "clitoral" → clitoris). The caller decides which
    /// of them the words really name.
    /// </summary>
    internal IReadOnlyList<EntryHit> SearchPrefixes(IReadOnlyCollection<string> words, AlphabeticIndexKind kind, int prefix, int limit)
    {
        if (words.Count == 0) return [];
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            query.Add(word.Length > prefix ? new PrefixQuery(new Term(EntryIndexSchema.Text, word[..prefix])) : new TermQuery(new Term(EntryIndexSchema.Text, word)), Occur.MUST);
        }
        query.Add(new TermQuery(new Term(EntryIndexSchema.Kind, EntryIndexSchema.Key(kind))), Occur.MUST);
        return _searcher.Top(query, Candidates)
            .Select(sd => (Entry: _data.Entries[_ordinals[sd.Doc]], Ordinal: _ordinals[sd.Doc], sd.Score))
            .OrderBy(c => c.Entry.Level).ThenBy(c => c.Ordinal)
            .Take(limit)
            .Select(c => new EntryHit(c.Entry, c.Score, [], Followed(c.Ordinal)))
            .ToList();
    }

    /// <summary>How many entries (the main term and its subterms) the main term of <paramref name="entry"/> has.</summary>
    public int MainTermSize(AlphabeticIndexEntry entry) => _mainTermSizes.GetValueOrDefault((entry.Index, entry.Path[0]));

    // The columns whose heading shares the most words with the query (none when it shares none).
    private IReadOnlyList<string> Columns(AlphabeticIndexEntry entry, HashSet<string> asked)
    {
        if (entry.Cells.Count == 0) return [];
        var overlaps = entry.Cells.Select(c => (c.Column, Overlap: _columnWords[c.Column].Count(asked.Contains))).ToList();
        var best = overlaps.Max(o => o.Overlap);
        return best == 0 ? [] : overlaps.Where(o => o.Overlap == best).Select(o => o.Column).ToList();
    }

    // A term query with the term's postings state kept (the same statistics, so the same scores): each query's weight
    // otherwise seeks every word in the term dictionary anew.
    private TermQuery Kept(Term term)
    {
        if (!_termStates.TryGetValue(term, out var state)) state = _termStates.GetOrAdd(term, TermSeekers.Of(_searcher.IndexReader).Context(_searcher.TopReaderContext, term));
        return new TermQuery(term, state);
    }

    private AlphabeticIndexEntry? Followed(int ordinal) =>
        ordinal < _data.SeeTargets.Count && _data.SeeTargets[ordinal] is var target and >= 0 ? _data.Entries[target] : null;

    private string[] PathWords(int ordinal) =>
        _pathWords.Get(ordinal) ?? _pathWords.Keep(ordinal, JoinedStems(_data.Entries[ordinal].Path));

    /// <summary>
    /// The distinct stems of the path's parts joined by spaces, as <see cref="QueryTokens.Stems"/> of the joined text
    /// gives them (its first <see cref="QueryTokens.MaxTokens"/> words), from each part's stems kept: the analyzers'
    /// filters work word by word and a space always ends a word, so the joined text's words are the parts' words in
    /// turn. A main term and its subterms head thousands of entries, so a part is analysed once, not once per entry.
    /// </summary>
    internal string[] JoinedStems(IReadOnlyList<string> path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var part in path)
        {
            if (!_partStems.TryGetValue(part, out var stems)) stems = _partStems.GetOrAdd(part, [.. QueryTokens.StemList(part)]);
            foreach (var stem in stems)
            {
                if (count++ == QueryTokens.MaxTokens) return [.. words];
                words.Add(stem);
            }
        }
        return [.. words];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
