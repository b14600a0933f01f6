using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Build;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Reference;
using CodeSearch.Indexing.Search.Scoring;
using CodeSearch.Indexing.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// One opened generation. The Lucene reader serves text search; every code is also held in memory
/// (by document id and per release), so lookups, hierarchy and hits need no stored-field loads.
/// A generation never changes once published, so a plain reader (no SearcherManager refresh) is all it needs.
/// </summary>
public sealed class LuceneCodeIndex : ICodeIndex, IDisposable
{
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly MedicalCode[] _byDoc;
    private readonly Dictionary<string, ReleaseTable> _tables;
    private readonly Dictionary<string, DeletedCode> _deleted;
    private readonly ScopeFilterCache _filters = new();
    private readonly EntrySearcher? _entries;
    private readonly QueryReadings _queries;
    private readonly MemorySearch _memory;
    private readonly KeptTermStates _termStates;
    private readonly KeptSynonyms _synonyms;

    private LuceneCodeIndex(FSDirectory directory, DirectoryReader reader, GenerationInfo info, MedicalCode[] byDoc,
        Dictionary<string, ReleaseTable> tables, GenerationReference reference)
    {
        _entries = reference.Entries;
        _directory = directory;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new CoordSimilarity() };
        _queries = new QueryReadings(reader, ClinicalVocabulary.Default);
        _memory = new MemorySearch(new PostingsTable(_searcher));
        _termStates = new KeptTermStates(_searcher.TopReaderContext);
        Info = info;
        _byDoc = byDoc;
        _tables = tables;
        Reference = reference.Lookup;
        _synonyms = new KeptSynonyms(Reference);
        _deleted = info.Deleted.GroupBy(d => Key(d.System, d.ReleaseId, d.Code))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>What the generation was built from.</summary>
    public GenerationInfo Info { get; }

    /// <summary>How long the parts of <see cref="Open"/> took.</summary>
    public IndexOpenTimings? OpenTimings { get; private init; }

    public string Generation => Info.Generation;
    public bool IsSample => Info.Sample;
    public IReadOnlyList<LoadedRelease> Releases => Info.Releases;
    public ReferenceLookup Reference { get; }
    public IReadOnlyList<ReferenceSourceInfo> ReferenceSources => Info.ReferenceSources;

    /// <summary>
    /// Opens a published generation folder. Throws <see cref="InvalidDataException"/> when it is incomplete,
    /// of another schema version, or its document count disagrees with generation.json, and a Lucene
    /// <see cref="CorruptIndexException"/> or <see cref="IOException"/> when a Lucene file fails its checksum.
    /// </summary>
    public static LuceneCodeIndex Open(string generationDirectory)
    {
        var info = GenerationInfoFile.TryRead(generationDirectory)
                   ?? throw new InvalidDataException($"Index generation '{generationDirectory}' has no readable {GenerationInfoFile.FileName}.");
        if (info.SchemaVersion != LuceneSchema.SchemaVersion)
        {
            throw new InvalidDataException($"Index generation '{info.Generation}' has schema {info.SchemaVersion}, expected {LuceneSchema.SchemaVersion}.");
        }
        var directory = new UntrackedMMapDirectory(generationDirectory);
        DirectoryReader? reader = null;
        Task? integrity = null;
        Task<GenerationReference>? reference = null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        TimeSpan checksums = default, catalog = default, referenceTime = default;
        TimeSpan? checksumsCpu = null, catalogCpu = null, referenceCpu = null;
        try
        {
            reader = DirectoryReader.Open(directory);
            var readerTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (reader.NumDocs != info.DocumentCount)
            {
                throw new InvalidDataException($"Index generation '{info.Generation}' holds {reader.NumDocs} documents, expected {info.DocumentCount}.");
            }
            // The three parts share nothing, so they load at once: the checksums of the Lucene files (opening reads
            // only headers: a truncated postings or doc-values file would open and fail at search time), the
            // reference material, and the codes on this thread.
            // Own threads, not the pool's: the caller blocks until both are done, and at start-up the pool has few threads.
            integrity = Task.Factory.StartNew(() =>
            {
                var (begun, cpu) = (System.Diagnostics.Stopwatch.GetTimestamp(), ThreadCpuClock.Now());
                LuceneIntegrity.Check(generationDirectory);
                checksums = System.Diagnostics.Stopwatch.GetElapsedTime(begun);
                checksumsCpu = ThreadCpuClock.Since(cpu);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            reference = Task.Factory.StartNew(() =>
            {
                var (begun, cpu) = (System.Diagnostics.Stopwatch.GetTimestamp(), ThreadCpuClock.Now());
                var loaded = GenerationReference.Load(generationDirectory, info);
                referenceTime = System.Diagnostics.Stopwatch.GetElapsedTime(begun);
                referenceCpu = ThreadCpuClock.Since(cpu);
                return loaded;
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            MedicalCode[]? byDoc = null;
            Dictionary<string, ReleaseTable>? tables = null;
            Exception? codesFailed = null;
            try
            {
                var (begun, cpu) = (System.Diagnostics.Stopwatch.GetTimestamp(), ThreadCpuClock.Now());
                // The release tables are built from the catalog while its documents are checked against the index
                // (a good index maps every document to the catalog entry of the same position, so both are the same codes).
                var codes = CatalogFile.Read(generationDirectory);
                var byRelease = Task.Run(() => ReleaseTable.ByRelease(codes));
                byDoc = MapDocuments(reader, codes);
                tables = byRelease.GetAwaiter().GetResult();
                catalog = System.Diagnostics.Stopwatch.GetElapsedTime(begun);
                catalogCpu = ThreadCpuClock.Since(cpu);
            }
            catch (Exception ex)
            {
                codesFailed = ex;
            }
            // Failures are reported in a fixed order (Lucene checksums, codes, reference), whichever part finished first.
            integrity.GetAwaiter().GetResult();
            if (codesFailed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(codesFailed);
            var loaded = reference.GetAwaiter().GetResult();
            return new LuceneCodeIndex(directory, reader, info, byDoc!, tables!, loaded)
            {
                OpenTimings = new IndexOpenTimings(readerTime, checksums, catalog, referenceTime)
                {
                    ChecksumsCpu = checksumsCpu, CatalogCpu = catalogCpu, ReferenceCpu = referenceCpu,
                },
            };
        }
        catch
        {
            WaitQuietly(integrity);
            WaitQuietly(reference);
            if (reference is { IsCompletedSuccessfully: true }) reference.Result.Dispose();
            reader?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    private static void WaitQuietly(Task? task)
    {
        try
        {
            task?.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    private static MedicalCode[] MapDocuments(DirectoryReader reader, MedicalCode[] catalog)
    {
        if (catalog.Length != reader.MaxDoc) throw new InvalidDataException($"The catalog holds {catalog.Length} codes, the index {reader.MaxDoc}.");
        var byDoc = new MedicalCode[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var ordinals = leaf.AtomicReader.GetNumericDocValues(LuceneSchema.Ordinal)
                           ?? throw new InvalidDataException("The index has no ordinal doc values.");
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var ordinal = ordinals.Get(doc);
                // Ties are broken by document id, which is only right while documents stay in rank (catalog) order.
                if (ordinal != leaf.DocBase + doc) throw new InvalidDataException("The index is not in rank order.");
                byDoc[ordinal] = catalog[ordinal];
            }
        }
        return byDoc;
    }

    internal IndexReader Reader => _reader;

    /// <summary>
    /// Whether scored word queries run over kept postings (<see cref="MemorySearch"/>) rather than through Lucene's
    /// scorers. Off by default: on a quiet machine the kept postings gave no measurable throughput over gRPC (uncached
    /// SearchCodes 0.048 of the health Check with them, 0.047 without) and raised the peak RSS under load by about
    /// 80 MiB (docs/benchmarks.md, "In-memory scoring, measured on a quiet machine"). Tests and benchmarks turn it on
    /// to compare the two paths, which give the same pages.
    /// </summary>
    internal bool ScoreInMemory { get; set; }
    internal EntrySearcher? Entries => _entries;
    internal int DocumentCount => _byDoc.Length;
    internal MedicalCode CodeOfDocument(int doc) => _byDoc[doc];

    public MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode) =>
        Table(system, releaseId)?.Find(undottedCode);

    public DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode) =>
        _deleted.GetValueOrDefault(Key(system, releaseId, undottedCode));

    public IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId) =>
        Table(system, releaseId)?.InOrder ?? [];

    public IReadOnlyList<MedicalCode> Children(MedicalCode code) =>
        Table(code.System, code.ReleaseId)?.Children(code.Code) ?? [];

    public SearchPage Search(SearchScope scope, string text, int offset, int limit) => Search(scope, text, offset, limit, pageDocs: null);

    // A search of another reading (pageDocs given) fills no short list, and names no synonyms: whoever places its codes
    // drops the name (OtherReadings, FillShortList), and needs their documents, which it gets in pageDocs.
    private SearchPage Search(SearchScope scope, string text, int offset, int limit, List<int>? pageDocs)
    {
        var fillShort = pageDocs is null;
        var needed = offset + limit + 1;
        var hits = new List<SearchHit>(Math.Min(needed, 256));
        CodeMatcher.Collect(text, scope, r => Table(r.System, r.ReleaseId), hits, needed);
        var reading = hits.Count < needed ? _queries.Read(text, scope) : null;
        var understood = reading?.Understood;
        var words = reading?.Words;
        var docs = new List<int>(hits.Count);
        docs.AddRange(Enumerable.Repeat(-1, hits.Count));
        var defaults = words is not null && hits.Count == 0 ? AddIndexDefault(reading!, scope, hits, docs) : 0;
        var relaxedFrom = words is null ? hits.Count : AddTextMatches(words, scope, hits, docs, needed);
        if (defaults > 0 && reading!.Default(_entries!) is { Sideless: true }) defaults = KeepSidelessDefault(hits, docs, defaults, needed);
        if (defaults > 0) RaiseDefault(hits, defaults);
        ExactTitle.Promote(understood?.Text ?? "", hits, docs, defaults, IndexDefaultMargin);
        if (defaults == 0) ExactTitle.BreakTie(understood?.Text ?? "", hits, docs);
        if (words is not null)
        {
            NeoplasmBehavior.Order(understood!.Text, hits, docs);
            NeoplasmBehavior.MalignantFirst(understood.Text, hits, docs);
            ContextCodes.Order(understood.Text, hits, docs);
            InheritedForm.Promote(understood.Text, hits, docs);
            ExternalCauseLast.Order(understood.Text, hits, docs);
            WithoutFirst.Order(understood.Text, hits, docs);
            UnspecifiedChild.Promote(hits, docs, understood.Text, defaults > 0, c => Children(c).Where(x => ScopeFilter.Passes(x, scope)).ToList(), DocumentOf,
                c => c.ParentCode is { } p ? Find(c.System, c.ReleaseId, p) : null);
            LateralSibling.Promote(understood.Text, hits, docs, c => c.ParentCode is { } p ? Find(c.System, c.ReleaseId, p) : null,
                c => Children(c).Where(x => ScopeFilter.Passes(x, scope)).ToList(), DocumentOf);
            SystemOrder.Apply(understood.Text, text, hits, docs);
            HeaderAfterChildren.Order(hits, docs);
            HeaderStandIn.Order(hits, docs, understood.Text, c => Children(c).Where(x => ScopeFilter.Passes(x, scope)).ToList(), DocumentOf);
            LateralSibling.Unguessed(understood.Text, hits, docs, c => c.ParentCode is { } p ? Find(c.System, c.ReleaseId, p) : null,
                c => Children(c).Where(x => ScopeFilter.Passes(x, scope)).ToList(), DocumentOf);
            CategoryDefault.Place(understood.Text, hits, docs, (c, code) => Find(c.System, c.ReleaseId, code),
                c => Children(c).Where(x => ScopeFilter.Passes(x, scope)).ToList(), DocumentOf);
            if (OneEncounter.Order(understood.Text, hits, docs))
            {
                // The codes risen into the places freed take the 7th character asked for, as the first five did.
                SeventhCharacter.Complete(hits, docs, understood.Text, c => Children(c).Where(x => ScopeFilter.Passes(x, scope)).ToList(), DocumentOf);
                OneEncounter.Order(understood.Text, hits, docs);
            }
            if (fillShort && OtherReadings.Of(ClinicalVocabulary.Default, text, understood.Text, scope) is { Count: > 0 } others)
            {
                OtherReadings.Place(others, hits, docs, r => Nested(scope, r + " ", 1));
            }
        }
        var understoodAs = understood?.UnderstoodAs;
        if (fillShort && words is not null && hits.Count < Math.Min(needed, ShortListFallback.MinResults))
        {
            understoodAs = FillShortList(scope, understood!, hits, docs, needed) ?? understoodAs;
        }
        // After the short list is filled: its codes from the query without a word may hold more of the words typed.
        if (words is not null) MoreWordsHeld.Promote(text, hits, docs);
        var end = Math.Min(hits.Count, offset + limit);
        var page = new List<SearchHit>(Math.Max(0, end - offset));
        for (var h = offset; h < end; h++) page.Add(hits[h]);
        if (pageDocs is not null)
        {
            for (var h = offset; h < end; h++) pageDocs.Add(docs[h] >= 0 ? docs[h] : DocumentOf(hits[h].Code));
        }
        else if (words is not null)
        {
            NameSynonyms(words, page, docs.GetRange(Math.Min(offset, docs.Count), page.Count), offset, relaxedFrom);
        }
        return new SearchPage(page, hits.Count > offset + limit, understoodAs);
    }

    // The first hits of another reading of the query, each with its document.
    private List<(SearchHit Hit, int Doc)> Nested(SearchScope scope, string text, int limit)
    {
        var pageDocs = new List<int>(limit);
        var found = Search(scope, text, 0, limit, pageDocs);
        var hits = new List<(SearchHit, int)>(found.Hits.Count);
        for (var h = 0; h < found.Hits.Count; h++) hits.Add((found.Hits[h], pageDocs[h]));
        return hits;
    }

    // A word query that listed few codes is filled from its other readings (ShortListFallback), each searched as a
    // query of its own, its new codes after the ones found and scored below them; returns what an empty list was
    // filled from, to show as the reading.
    private string? FillShortList(SearchScope scope, UnderstoodQuery understood, List<SearchHit> hits, List<int> docs, int needed)
    {
        var empty = hits.Count == 0;
        string? filledFrom = null;
        var seen = new HashSet<MedicalCode>(hits.Select(h => h.Code), ReferenceEqualityComparer.Instance);
        foreach (var alternative in _queries.Alternatives(understood.Text))
        {
            var pageDocs = new List<int>(needed);
            var found = Search(scope, alternative, 0, needed, pageDocs);
            var fresh = Enumerable.Range(0, found.Hits.Count).Where(h => !seen.Contains(found.Hits[h].Code)).Take(needed - hits.Count).ToList();
            if (fresh.Count == 0) continue;
            var first = found.Hits[fresh[0]].Score;
            var scale = hits.Count > 0 && first >= hits[^1].Score && first > 0 ? hits[^1].Score * RelaxedQueryBuilder.FirstScoreShare / first : 1f;
            foreach (var h in fresh)
            {
                var hit = found.Hits[h];
                seen.Add(hit.Code);
                hits.Add(hit with { Score = hit.Score * scale, MatchedSynonym = null });
                docs.Add(pageDocs[h]);
            }
            if (empty) filledFrom ??= found.UnderstoodAs ?? alternative.Trim();
            if (hits.Count >= Math.Min(needed, ShortListFallback.MinResults)) break;
        }
        return filledFrom;
    }

    // The code the Alphabetic Index gives for the entry the query names comes first (AlphabeticDefault); returns how
    // many codes were added (0 or 1).
    private int AddIndexDefault(QueryReading reading, SearchScope scope, List<SearchHit> hits, List<int> docs)
    {
        if (_entries is null || scope.Releases.All(r => r.System != CodeSystemId.Icd10Cm)) return 0;
        if (reading.Default(_entries) is not { } found || AlphabeticIndexCodes.Normalize(found.Code) is not { } undotted) return 0;
        foreach (var release in scope.Releases.Where(r => r.System == CodeSystemId.Icd10Cm))
        {
            if (Table(release.System, release.ReleaseId)?.Find(undotted) is not { } code || !ScopeFilter.Passes(code, scope)) continue;
            var doc = DocumentOf(code);
            if (doc < 0) continue;
            hits.Add(new SearchHit(code, 0f, MatchKind.Text));
            docs.Add(doc);
            return 1;
        }
        return 0;
    }

    // A default found without the query's side words (AlphabeticDefault) gives way to the words when the first code they
    // found is of its category and its title names a side ("right knee osteoarthritis": M17.11 found by the words, not the default M17.9): it is
    // listed after them, or left out when the list is full. Returns how many defaults stay first.
    private static int KeepSidelessDefault(List<SearchHit> hits, List<int> docs, int defaults, int needed)
    {
        if (hits.Count <= defaults || !SameCategory(hits[0].Code, hits[defaults].Code) || !NamesSide(hits[defaults].Code)) return defaults;
        var (hit, doc) = (hits[0], docs[0]);
        hits.RemoveAt(0);
        docs.RemoveAt(0);
        if (hits.Count < needed)
        {
            hits.Add(hit with { Score = hits[^1].Score });
            docs.Add(doc);
        }
        return 0;
    }

    // Whether a title names a side: only then did the words with the side choose a code the default would make vaguer
    // ("left hydrocele": N43.2 *Other hydrocele* names none, so the default N43.3 *Hydrocele, unspecified* stays first).
    private static bool NamesSide(MedicalCode code) => TitleWords.Of(code.Description).Any(SideWords.IsSide);

    private static bool SameCategory(MedicalCode a, MedicalCode b) =>
        a.System == b.System && a.Code.Length >= 3 && b.Code.Length >= 3 && string.CompareOrdinal(a.Code, 0, b.Code, 0, 3) == 0;

    // The document of a code: the postings of its code term (one document per release holding the code), the one whose
    // code is this object. A walk of a few postings, where a two-clause query made a weight and scorers per call.
    private int DocumentOf(MedicalCode code)
    {
        var bytes = new BytesRef(code.Code);
        foreach (var leaf in _reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(LuceneSchema.Code)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(bytes)) continue;
            var postings = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (ReferenceEquals(_byDoc[leaf.DocBase + doc], code)) return leaf.DocBase + doc;
            }
        }
        return -1;
    }

    // The index default scores above every other text result.
    private static void RaiseDefault(List<SearchHit> hits, int defaults)
    {
        var top = hits.Skip(defaults).Select(h => h.Score).DefaultIfEmpty(0f).Max();
        for (var h = 0; h < defaults; h++) hits[h] = hits[h] with { Score = top + IndexDefaultMargin };
    }

    /// <summary>How far the Alphabetic Index default scores above the best other text result.</summary>
    public const float IndexDefaultMargin = 1f;

    // Provenance is looked up for the text hits of the page shown only.
    private void NameSynonyms(QueryWords words, List<SearchHit> page, List<int> pageDocs, int offset, int relaxedFrom)
    {
        var text = Enumerable.Range(0, page.Count).Where(h => page[h].MatchKind == MatchKind.Text).ToList();
        if (text.Count == 0) return;
        var held = OwnWords.Of(_reader, words, text.Select(h => pageDocs[h]).ToList(), text.Select(h => page[h].Code).ToList(), _termStates);
        var read = new SynonymMatch.Words(words);
        for (var k = 0; k < text.Count; k++)
        {
            var h = text[k];
            var synonym = read.Find(page[h].Code, held[k], _synonyms.Of, relaxed: offset + h >= relaxedFrom);
            if (synonym is not null) page[h] = page[h] with { MatchedSynonym = synonym };
        }
    }

    // Adds the strict tiers' codes, then, when they ran dry, the relaxed tier's; returns where the relaxed codes start.
    private int AddTextMatches(QueryWords words, SearchScope scope, List<SearchHit> hits, List<int> docs, int needed)
    {
        var seen = new HashSet<MedicalCode>(hits.Select(h => h.Code), ReferenceEqualityComparer.Instance);
        using var terms = new TermStates(_termStates);
        foreach (var tier in TextQueryBuilder.Tiers(words, terms))
        {
            if (hits.Count >= needed) return hits.Count;
            AddMatches(TopDocs(tier, scope, needed - hits.Count + seen.Count), 1f, hits, docs, needed, seen);
        }
        var relaxedFrom = hits.Count;
        if (hits.Count < needed && RelaxedQueryBuilder.Build(words, prefix => terms.DocFreq(new Term(LuceneSchema.Prefixes, prefix)), terms) is { } relaxed)
        {
            AddRelaxedMatches(relaxed, scope, hits, docs, needed, seen);
        }
        return relaxedFrom;
    }

    // Codes holding some of the words come after every code holding all of them, at most RelaxedQueryBuilder.MaxResults
    // of them, scaled so that the list stays in descending score order.
    private void AddRelaxedMatches(TextQuery relaxed, SearchScope scope, List<SearchHit> hits, List<int> docs, int needed, HashSet<MedicalCode> seen)
    {
        var wanted = Math.Min(needed - hits.Count, RelaxedQueryBuilder.MaxResults);
        var found = TopDocs(relaxed, scope, wanted + seen.Count).Where(d => !seen.Contains(_byDoc[d.Doc])).Take(wanted).ToList();
        if (found.Count == 0) return;
        var scale = hits.Count > 0 && found[0].Score >= hits[^1].Score ? hits[^1].Score * RelaxedQueryBuilder.FirstScoreShare / found[0].Score : 1f;
        AddMatches(found, scale, hits, docs, needed, seen);
    }

    private void AddMatches(IEnumerable<ScoreDoc> found, float scale, List<SearchHit> hits, List<int> docs, int needed, HashSet<MedicalCode> seen)
    {
        foreach (var scoreDoc in found)
        {
            if (hits.Count >= needed) return;
            var code = _byDoc[scoreDoc.Doc];
            if (!seen.Add(code)) continue;
            hits.Add(new SearchHit(code, scoreDoc.Score * scale, MatchKind.Text));
            docs.Add(scoreDoc.Doc);
        }
    }

    // Relevance order is score, then document id, i.e. the rank order the documents were written in.
    private IReadOnlyList<ScoreDoc> TopDocs(TextQuery query, SearchScope scope, int needed)
    {
        if (query.ConstantScore is { } score)
        {
            var collector = new FirstHitsCollector(needed, score);
            _searcher.Search(query.Query, _filters.For(scope), collector);
            return collector.Hits;
        }
        var filter = _filters.For(scope);
        if (ScoreInMemory && _memory.Top(query.Query, filter, needed) is { } top) return top;
        return _searcher.Search(query.Query, filter, needed).ScoreDocs;
    }

    private ReleaseTable? Table(CodeSystemId system, string releaseId) =>
        _tables.GetValueOrDefault(LuceneSchema.ReleaseKeyOf(system, releaseId));

    private static string Key(CodeSystemId system, string releaseId, string code) => $"{system}|{releaseId}|{code}";

    public IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit) =>
        _entries?.Search(text, kind, limit) ?? [];

    public void Dispose()
    {
        _entries?.Dispose();
        _reader.Dispose();
        _directory.Dispose();
    }
}
