using System.Collections.Concurrent;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeSearch.Suggestions.Engine;

/// <summary>
/// One <see cref="TermDictionary"/> per served release, built on first use (or by <see cref="Warm"/>). Dictionaries
/// of at most <see cref="MaxGenerations"/> index generations are kept: during a reload the new generation is warmed
/// while requests that started earlier still use the old one, and neither may evict the other (each rebuild takes
/// seconds). The server calls <see cref="Forget"/> once the old generation is released.
/// </summary>
public sealed partial class DictionaryCache(SuggestionModel model, ILogger? logger = null, Procedures.ProcedureWords? procedures = null)
{
    private readonly Procedures.ProcedureWords procedureWords = procedures ?? Procedures.ProcedureWords.Default;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Generations whose dictionaries are kept at once: the served one and the one being replaced.</summary>
    public const int MaxGenerations = 2;

    private readonly ConcurrentDictionary<(string Generation, CodeSystemId System, string Release), Lazy<TermDictionary>> _built = new();
    private readonly List<string> _generations = [];

    /// <summary>The dictionary of <paramref name="release"/> in <paramref name="index"/>.</summary>
    public TermDictionary Get(ICodeIndex index, LoadedRelease release)
    {
        var key = (index.Generation, release.Release.System, release.Release.ReleaseId);
        if (!_built.ContainsKey(key)) Track(index.Generation);
        return _built.GetOrAdd(key, _ => new Lazy<TermDictionary>(() => Build(index, release))).Value;
    }

    /// <summary>Drops the dictionaries of a generation that is no longer served.</summary>
    public void Forget(string generation)
    {
        lock (_generations) _generations.Remove(generation);
        foreach (var stale in _built.Keys.Where(k => k.Generation == generation)) _built.TryRemove(stale, out _);
    }

    // Remembers the order generations were first used in; the oldest beyond MaxGenerations is dropped.
    private void Track(string generation)
    {
        string[] evicted;
        lock (_generations)
        {
            if (_generations.Contains(generation)) return;
            _generations.Add(generation);
            evicted = _generations.Take(Math.Max(0, _generations.Count - MaxGenerations)).ToArray();
            _generations.RemoveRange(0, evicted.Length);
        }
        foreach (var old in evicted)
        {
            foreach (var stale in _built.Keys.Where(k => k.Generation == old)) _built.TryRemove(stale, out _);
        }
    }

    /// <summary>Builds the dictionaries of the newest release of each system ahead of the first request.</summary>
    public void Warm(ICodeIndex index)
    {
        foreach (var release in index.Releases.GroupBy(r => r.Release.System)
                     .Select(g => g.OrderByDescending(r => r.Release.EffectiveDate).First())
                     .Where(r => r.Release.System is CodeSystemId.Icd10Cm))
        {
            Get(index, release);
        }
    }

    private TermDictionary Build(ICodeIndex index, LoadedRelease release)
    {
        var system = release.Release.System;
        var releaseId = release.Release.ReleaseId;
        var codes = index.Codes(system, releaseId);
        Func<MedicalCode, IEnumerable<string>> synonyms = system == CodeSystemId.Icd10Cm
            ? c => index.Reference.SynonymsFor(c)
            : _ => [];
        var dictionary = DictionaryBuilder.Build(system, codes, synonyms, model.Terms,
            guideline: system == CodeSystemId.Icd10Cm ? Guidelines.GuidelinePhrases.Default : null,
            composed: system == CodeSystemId.Icd10Pcs ? Procedures.ProcedureTerms.Compose(Procedures.PcsTables.From(codes), procedureWords) : null);
        var learned = dictionary.LearnedTerms;
        if (learned != LearnedTermReport.None)
        {
            LearnedTermsCompiled(_logger, system, releaseId, learned.Kept, learned.UnderPrefix, learned.NotInRelease, learned.Empty);
        }
        return dictionary;
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Information,
        Message = "Suggestion dictionary {System} {Release}: {Kept} learned phrases kept, {UnderPrefix} attached to a code under their truncated code, {NotInRelease} dropped (code not in the release), {Empty} dropped (no words)")]
    private static partial void LearnedTermsCompiled(ILogger logger, CodeSystemId system, string release, int kept, int underPrefix,
        int notInRelease, int empty);
}
