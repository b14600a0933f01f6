using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;
using CodeSearch.Server.Caching;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// The real steps of the index life cycle: the serving policy, the Lucene generations, the suggestion dictionaries and
/// the response cache. The suggestion engine is made on first use, in the warm-up: its model (several MB of learned
/// data) is not read before the host starts or before SERVING.
/// </summary>
internal sealed class GenerationSteps(
    SourceChooser chooser,
    IndexManager manager,
    IndexGenerationStore store,
    Lazy<SuggestionEngine> engine,
    ResponseCache cache,
    StartupTimeline? timeline = null) : IGenerationSteps
{
    public Task<SourceChoice> ChooseAsync(bool startup, CancellationToken cancellationToken) => chooser.ChooseAsync(startup, cancellationToken);

    public string FingerprintOf(SourceSet sources) => IndexManager.FingerprintOf(sources);

    public bool IsBuiltFrom(ICodeIndex served, SourceSet sources) =>
        served is LuceneCodeIndex lucene && IndexManager.IsBuiltFrom(lucene.Info, sources);

    public OpenedGeneration OpenOrBuild(SourceSet sources, ICodeIndex? served, Action<ICodeIndex>? serveMeanwhile, CancellationToken cancellationToken)
    {
        var opened = manager.OpenOrBuild(sources, serveMeanwhile is null ? null : old => serveMeanwhile(old), cancellationToken, FolderOf(served));
        return new OpenedGeneration(opened.Index, opened.Rebuilt, opened.BuildError, opened.Index.OpenTimings);
    }

    public void Warm(ICodeIndex index)
    {
        // Opening a generation leaves tens of MB of garbage (catalog and reference decoding) that the GC has no reason
        // to collect before the dictionaries are compiled on top of it: collected first, the start-up peak of resident
        // memory is the larger of the two steps, not their sum (docs/operations.md#memory).
        // The suggestion model is read first (the first warm-up makes the engine), so its parsing garbage goes too.
        var mark = timeline?.Mark();
        var dictionaries = engine.Value.Dictionaries;
        if (mark is { } since) timeline!.Step(StartupStep.SuggestionModel, since);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        dictionaries.Warm(index);
    }

    public void Swapped(ICodeIndex index) => cache.Clear();

    public void Forget(string generation)
    {
        if (engine.IsValueCreated) engine.Value.Dictionaries.Forget(generation);
    }

    public void CleanUp(ICodeIndex? served) => store.CleanUp(FolderOf(served));

    private string? FolderOf(ICodeIndex? served) => served is null ? null : Path.Combine(store.Root, served.Generation);
}
