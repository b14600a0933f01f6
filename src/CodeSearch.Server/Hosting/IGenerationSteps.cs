using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Indexing.Generations;

namespace CodeSearch.Server.Hosting;

/// <summary>A generation opened or built by <see cref="IGenerationSteps.OpenOrBuild"/>.</summary>
/// <param name="Index">The generation; on a failed build, the last good one (already served, or handed over to serve).</param>
/// <param name="Rebuilt">True when it was built now rather than reopened.</param>
/// <param name="BuildError">Why the build failed (then <paramref name="Index"/> is the last good generation); null when it did not.</param>
/// <param name="Timings">How long the parts of opening <paramref name="Index"/> took, when known.</param>
internal sealed record OpenedGeneration(ICodeIndex Index, bool Rebuilt, string? BuildError, IndexOpenTimings? Timings = null);

/// <summary>
/// The work <see cref="IndexLifecycle"/> orders, one method per step: choose the sources, open or build a generation,
/// warm it, announce it, forget and delete a released one. The life cycle decides when each runs and what the status
/// is; the steps do the work (<see cref="GenerationSteps"/>; fakes in the tests).
/// </summary>
internal interface IGenerationSteps
{
    /// <summary>Applies the serving policy (<see cref="SourceChooser"/>).</summary>
    Task<SourceChoice> ChooseAsync(bool startup, CancellationToken cancellationToken);

    /// <summary>The fingerprint a generation built from <paramref name="sources"/> records.</summary>
    string FingerprintOf(SourceSet sources);

    /// <summary>True when <paramref name="served"/> was built from exactly <paramref name="sources"/>.</summary>
    bool IsBuiltFrom(ICodeIndex served, SourceSet sources);

    /// <summary>
    /// Opens the current generation when it was built from <paramref name="sources"/>, else builds one. When the
    /// current generation opens but is outdated and <paramref name="serveMeanwhile"/> is given, it is handed over first
    /// (to be served while the new one builds). <paramref name="served"/>'s folder is never deleted.
    /// </summary>
    OpenedGeneration OpenOrBuild(SourceSet sources, ICodeIndex? served, Action<ICodeIndex>? serveMeanwhile, CancellationToken cancellationToken);

    /// <summary>Compiles the suggestion dictionaries of <paramref name="index"/> ahead of the first call.</summary>
    void Warm(ICodeIndex index);

    /// <summary>Called right after <paramref name="index"/> was swapped in (clears the response cache).</summary>
    void Swapped(ICodeIndex index);

    /// <summary>Drops what was kept for a released generation (its suggestion dictionaries).</summary>
    void Forget(string generation);

    /// <summary>Deletes generation folders no longer served (never <paramref name="served"/>'s).</summary>
    void CleanUp(ICodeIndex? served);
}
