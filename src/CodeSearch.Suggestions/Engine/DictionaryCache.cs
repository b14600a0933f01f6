using System.Collections.Concurrent;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Engine;

/// <summary>
/// One <see cref="TermDictionary"/> per served release, built on first use (or by <see cref="Warm"/>) and kept
/// until the index generation changes.
/// </summary>
public sealed class DictionaryCache(SuggestionModel model)
{
    private readonly ConcurrentDictionary<(string Generation, CodeSystemId System, string Release), Lazy<TermDictionary>> _built = new();

    /// <summary>The dictionary of <paramref name="release"/> in <paramref name="index"/>.</summary>
    public TermDictionary Get(ICodeIndex index, LoadedRelease release)
    {
        var key = (index.Generation, release.Release.System, release.Release.ReleaseId);
        if (!_built.ContainsKey(key))
        {
            foreach (var stale in _built.Keys.Where(k => k.Generation != index.Generation)) _built.TryRemove(stale, out _);
        }
        return _built.GetOrAdd(key, _ => new Lazy<TermDictionary>(() => Build(index, release))).Value;
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
        MedicalCode? Find(string c) => index.Find(system, releaseId, c);
        Func<MedicalCode, IEnumerable<string>> synonyms = system == CodeSystemId.Icd10Cm
            ? c => index.Reference.SynonymsFor(c, Find)
            : _ => [];
        return DictionaryBuilder.Build(system, codes, synonyms, model.Terms);
    }
}
