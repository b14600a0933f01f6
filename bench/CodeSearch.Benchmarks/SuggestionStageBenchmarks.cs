using BenchmarkDotNet.Attributes;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Indexing.Search;
using CodeSearch.Server.Hosting;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Sections;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Each stage of the suggestion pipeline (docs/suggestions.md) on one CodiEsp-size note (the dev note at the given
/// length percentile), over the FY2026 ICD-10-CM dictionary: reading (sections, sentences, words, abbreviations),
/// sections alone, mention finding, assertion of every mention, features + ranker of every candidate, the analyzer
/// (stages 1-7) and the whole engine (with evidence and rationale).
/// </summary>
[MemoryDiagnoser]
public class SuggestionStageBenchmarks
{
    private LuceneCodeIndex _index = null!;
    private SuggestionEngine _engine = null!;
    private TermDictionary _dictionary = null!;
    private readonly NoteReader _reader = new();
    private readonly AssertionClassifier _assertions = new();
    private readonly NoteAnalyzer _analyzer = new();
    private readonly SuggestionModel _model = SuggestionModel.Default;
    private string _note = "";
    private List<NoteSentence> _sentences = [];
    private List<(string Sentence, int Start, int End, SectionKind Section)> _mentions = [];
    private List<ScoredCandidate> _candidates = [];

    /// <summary>Length percentile of the note among the CodiEsp-D dev notes (50: median, about 1,950 characters).</summary>
    [Params(50)]
    public int NotePercentile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = BenchIndex.OpenFull();
        var provider = new ServedIndexProvider();
        provider.Publish(_index);
        _engine = new SuggestionEngine(provider);
        _dictionary = _engine.Dictionaries.Get(_index, ReleaseSelector.Select(_index, CodeSystemId.Icd10Cm, null));
        _note = BenchNotes.AtPercentile(NotePercentile);
        _sentences = _reader.Read(_note, _dictionary.Vocabulary, CancellationToken.None);
        for (var i = 0; i < _sentences.Count; i++)
        {
            var s = _sentences[i];
            var text = _note.Substring(s.Span.Start, s.Span.Length);
            _mentions.AddRange(MentionFinder.Find(_dictionary, s, i).Select(m =>
                (text, m.Evidence.Start - s.Span.Start, m.Evidence.End - s.Span.Start, s.Section)));
        }
        _candidates = _analyzer.Analyze(_note, _dictionary, _model.Priors, _model.Ranker, CancellationToken.None, _model.Topics);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public int ReadNote() => _reader.Read(_note, _dictionary.Vocabulary, CancellationToken.None).Count;

    [Benchmark]
    public int Sections() => SectionDetector.Detect(_note).Count;

    [Benchmark]
    public int FindMentions()
    {
        var n = 0;
        for (var i = 0; i < _sentences.Count; i++) n += MentionFinder.Find(_dictionary, _sentences[i], i).Count;
        return n;
    }

    [Benchmark]
    public int ClassifyAssertions()
    {
        var n = 0;
        // As the engine does: each sentence tokenised once, for all its mentions.
        AssertionSentence? current = null;
        foreach (var (sentence, start, end, section) in _mentions)
        {
            if (!ReferenceEquals(current?.Text, sentence)) current = new AssertionSentence(sentence);
            n += (int)_assertions.Classify(current, start, end, section).Assertion;
        }
        return n;
    }

    [Benchmark]
    public double RankCandidates()
    {
        var sum = 0.0;
        foreach (var c in _candidates) sum += _model.Ranker.Score(FeatureVector.Of(c, _dictionary, _model.Priors));
        return sum;
    }

    [Benchmark]
    public int AnalyzeNote() =>
        _analyzer.Analyze(_note, _dictionary, _model.Priors, _model.Ranker, CancellationToken.None, _model.Topics).Count;

    [Benchmark]
    public int WholeEngine() => _engine.Suggest(new SuggestionRequest { Text = _note }).Suggestions.Count;
}
