using System.Collections.Concurrent;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Hosting;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>
/// Life-cycle steps without files: the sources are a fingerprint, each fingerprint builds a <see cref="TrackedIndex"/>
/// named after it, and a test can make a build fail, hand over an outdated generation, or hold the warm-up.
/// </summary>
internal sealed class FakeGenerationSteps : IGenerationSteps
{
    private int _builds;

    /// <summary>What the serving policy answers; sources with fingerprint "fp1" to begin with.</summary>
    public SourceChoice Choice { get; set; } = Sources("fp1");

    /// <summary>When set, builds throw with this message (the served generation, if any, is not touched).</summary>
    public string? BuildFailure { get; set; }

    /// <summary>The open's part timings the next OpenOrBuild reports (none by default).</summary>
    public CodeSearch.Indexing.Generations.IndexOpenTimings? OpenTimings { get; set; }

    /// <summary>When set, the first open hands this generation over to be served while the new one builds.</summary>
    public TrackedIndex? Outdated { get; set; }

    /// <summary>When set, <see cref="Warm"/> waits for it (to observe the Warming phase).</summary>
    public TaskCompletionSource? HoldWarmUp { get; set; }

    public int Builds => _builds;
    public ConcurrentQueue<string> Warmed { get; } = new();
    public ConcurrentQueue<string> Forgotten { get; } = new();
    public ConcurrentQueue<string?> CleanedUpKeeping { get; } = new();

    public static SourceChoice Sources(string fingerprint) => new(new SourceSet(fingerprint, false, _ => []), null);

    public Task<SourceChoice> ChooseAsync(bool startup, CancellationToken cancellationToken) => Task.FromResult(Choice);

    public string FingerprintOf(SourceSet sources) => sources.Fingerprint;

    public bool IsBuiltFrom(ICodeIndex served, SourceSet sources) => ((TrackedIndex)served).Fingerprint == sources.Fingerprint;

    public OpenedGeneration OpenOrBuild(SourceSet sources, ICodeIndex? served, Action<ICodeIndex>? serveMeanwhile, CancellationToken cancellationToken)
    {
        if (Outdated is { } old && serveMeanwhile is not null)
        {
            Outdated = null;
            serveMeanwhile(old);
            if (BuildFailure is { } reason) return new OpenedGeneration(old, false, reason);
        }
        Interlocked.Increment(ref _builds);
        if (BuildFailure is { } failure) throw new InvalidDataException(failure);
        return new OpenedGeneration(new TrackedIndex($"gen-{sources.Fingerprint}", sources.Fingerprint), true, null, OpenTimings);
    }

    public void Warm(ICodeIndex index)
    {
        HoldWarmUp?.Task.Wait(TimeSpan.FromSeconds(30));
        Warmed.Enqueue(index.Generation);
    }

    public void Swapped(ICodeIndex index) { }

    public void Forget(string generation) => Forgotten.Enqueue(generation);

    public void CleanUp(ICodeIndex? served) => CleanedUpKeeping.Enqueue(served?.Generation);
}
