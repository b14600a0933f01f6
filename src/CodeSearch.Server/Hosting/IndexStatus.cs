using CodeSearch.Core;

namespace CodeSearch.Server.Hosting;

/// <summary>Where the index life cycle (<see cref="IndexLifecycle"/>) stands.</summary>
public enum IndexPhase
{
    /// <summary>The process has started; the sources are being chosen. Nothing is served.</summary>
    Starting,
    /// <summary>A first generation is being opened or built. Nothing is served.</summary>
    Building,
    /// <summary>A first generation is open and its suggestion dictionaries are being compiled. Nothing is served yet.</summary>
    Warming,
    /// <summary>A generation is served.</summary>
    Serving,
    /// <summary>A generation is served while a newer one is built and warmed, to be swapped in.</summary>
    Reloading,
    /// <summary>Nothing is served: the sources were refused or no generation could be opened or built.</summary>
    Failed,
}

/// <summary>What went wrong last, if anything; the text is in <see cref="IndexStatus.Problem"/>.</summary>
public enum IndexErrorKind
{
    /// <summary>Nothing went wrong since the last generation was served.</summary>
    None,
    /// <summary>The serving policy refused the sources (Production with missing or sample-only files).</summary>
    Refused,
    /// <summary>The sources could not be imported, or a generation not built or opened.</summary>
    BuildFailed,
    /// <summary>An unexpected error stopped the start-up.</summary>
    Unexpected,
}

/// <summary>
/// One immutable snapshot of the index life cycle; a new one replaces it on every change.
/// </summary>
/// <param name="Phase">The phase.</param>
/// <param name="Generation">The generation served, or null while nothing is.</param>
/// <param name="Releases">The code-system releases of <paramref name="Generation"/> (empty while nothing is served).</param>
/// <param name="Since">When <paramref name="Phase"/> began.</param>
/// <param name="LastError">What went wrong last; <see cref="IndexErrorKind.None"/> once a generation was served since.</param>
/// <param name="Problem">Why nothing is served, or why the newest sources are not; null while all is well.</param>
/// <param name="Draining">Replaced generations still open because requests hold leases on them, oldest first.</param>
public sealed record IndexStatus(
    IndexPhase Phase,
    string? Generation,
    IReadOnlyList<CodeRelease> Releases,
    DateTimeOffset Since,
    IndexErrorKind LastError,
    string? Problem,
    IReadOnlyList<string> Draining)
{
    /// <summary>True while a generation is served (health SERVING).</summary>
    public bool IsServing => Generation is not null;

    /// <summary>True once the start-up is over: something is served, or it gave up.</summary>
    public bool IsStarted => Phase is IndexPhase.Serving or IndexPhase.Reloading or IndexPhase.Failed;

    internal static IndexStatus Initial(DateTimeOffset now) => new(IndexPhase.Starting, null, [], now, IndexErrorKind.None, null, []);
}
