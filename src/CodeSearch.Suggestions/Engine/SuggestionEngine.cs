using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Sections;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Suggestions.Engine;

/// <summary>The note-to-code pipeline (docs/suggestions.md) over the served index generation.</summary>
public sealed class SuggestionEngine : ICodeSuggester
{
    private readonly IIndexProvider _indexProvider;
    private readonly SuggestionModel _model;
    private readonly NoteAnalyzer _analyzer;
    private readonly ISuggestionStageTimings? _timings;

    /// <summary>An engine with the embedded learned model.</summary>
    public SuggestionEngine(IIndexProvider indexProvider) : this(indexProvider, SuggestionModel.Default) { }

    /// <summary>An engine with the embedded learned model that logs how its dictionaries were compiled.</summary>
    public SuggestionEngine(IIndexProvider indexProvider, ILogger<SuggestionEngine> logger)
        : this(indexProvider, SuggestionModel.Default, logger) { }

    /// <summary>An engine with the embedded learned model that logs how its dictionaries were compiled and reports its stage timings.</summary>
    public SuggestionEngine(IIndexProvider indexProvider, ILogger<SuggestionEngine> logger, ISuggestionStageTimings? timings)
        : this(indexProvider, SuggestionModel.Default, logger, timings) { }

    /// <summary>An engine with a given model (the learner uses this).</summary>
    public SuggestionEngine(IIndexProvider indexProvider, SuggestionModel model, ILogger? logger = null, ISuggestionStageTimings? timings = null)
    {
        _indexProvider = indexProvider;
        _model = model;
        _timings = timings;
        _analyzer = new NoteAnalyzer { Timings = timings };
        Dictionaries = new DictionaryCache(model, logger);
    }

    /// <summary>The compiled dictionaries; warm them at start-up.</summary>
    public DictionaryCache Dictionaries { get; }

    public SuggestionResult Suggest(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = _indexProvider.Current;
        var systems = request.Systems.Count == 0 ? [CodeSystemId.Icd10Cm] : request.Systems.Distinct().ToList();
        var releases = systems.Select(s => ReleaseSelector.Select(index, s, request.DateOfService)).ToList();
        var candidates = new List<ScoredCandidate>();
        foreach (var release in releases)
        {
            if (_timings is not null) TimeDictionary(index, release);
            candidates.AddRange(Candidates(index, release, request.Text, cancellationToken));
        }
        if (request.DateOfService is { } dos) candidates.RemoveAll(c => !ValidityRules.IsEffective(c.Code, dos));
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));

        var answering = _timings.Start();
        var minScore = request.MinScore ?? SuggestionLimits.DefaultMinScore;
        var max = request.MaxResults > 0 ? request.MaxResults : SuggestionLimits.DefaultMaxResults;
        var suggestions = candidates.Where(c => !c.Excluded && c.Score >= minScore).Take(max)
            .Select(c => new CodeSuggestion(c.Code, c.Score, Evidence(c, c.Asserted, request.Text), Rationale.For(c, request.Text)))
            .ToList();
        var excluded = !request.IncludeExcluded ? [] : candidates.Where(c => c.Excluded && c.Score >= minScore).Take(max)
            .Select(c => new ExcludedMention(c.Code, c.Best.Assertion, c.Score, Evidence(c, c.Mentions, request.Text),
                Rationale.For(c, request.Text)))
            .ToList();
        _timings.Lap(SuggestionStage.Answer, answering);
        return new SuggestionResult(suggestions, excluded, releases);
    }

    /// <summary>Every scored candidate of one release, best first (the eval and the learner use this).</summary>
    public List<ScoredCandidate> Candidates(ICodeIndex index, LoadedRelease release, string text, CancellationToken cancellationToken) =>
        Candidates(index, release, text, _model.Ranker, cancellationToken);

    /// <summary>As <see cref="Candidates(ICodeIndex, LoadedRelease, string, CancellationToken)"/> with another ranker.</summary>
    public List<ScoredCandidate> Candidates(ICodeIndex index, LoadedRelease release, string text, RankerModel ranker,
        CancellationToken cancellationToken)
    {
        var dictionary = Dictionaries.Get(index, release);
        return _analyzer.Analyze(text, dictionary, _model.Priors, ranker, cancellationToken, _model.Topics, _model.Neighbours,
            Neoplasms.NeoplasmTables.For(index.Reference, dictionary), Guidelines.TabularNotePairs.For(index.Reference, dictionary));
    }

    // The dictionary stage on its own (a lookup once warmed, seconds when not): Candidates then finds it built.
    private void TimeDictionary(ICodeIndex index, LoadedRelease release)
    {
        var started = _timings.Start();
        Dictionaries.Get(index, release);
        _timings.Lap(SuggestionStage.Dictionary, started);
    }

    private static IReadOnlyList<EvidenceSpan> Evidence(ScoredCandidate candidate, IReadOnlyList<Pipeline.Mention> mentions, string text) =>
        mentions.Select(m => new EvidenceSpan(m.Evidence.Start, m.Evidence.End, text.Substring(m.Evidence.Start, m.Evidence.Length),
                m.Section, m.Assertion))
            .DistinctBy(e => (e.Start, e.End))
            .ToList();
}
