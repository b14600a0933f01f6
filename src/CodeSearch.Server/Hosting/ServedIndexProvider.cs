using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Holds the generation being served. <see cref="Publish"/> swaps a new one in with one reference write; the one it
/// replaces is disposed only when the last <see cref="IndexLease"/> on it is closed, so a request that started on the
/// old generation finishes on it. Every gRPC call takes a lease (IndexLeaseInterceptor), so <see cref="Current"/>
/// gives one request one generation from start to end.
/// </summary>
public sealed class ServedIndexProvider : IIndexProvider, IDisposable
{
    private readonly AsyncLocal<ServedGeneration?> _pinned = new();
    private volatile ServedGeneration? _current;

    /// <summary>Raised (on a thread-pool thread) after a replaced generation has been disposed; the argument is its name.</summary>
    public event Action<string>? GenerationReleased;

    /// <summary>The generation leased in this async flow, else the one served now.</summary>
    public ICodeIndex Current => (_pinned.Value ?? _current)?.Index
                                 ?? throw new ServiceNotReadyException("The code index is not open yet; retry when health reports SERVING.");

    public bool IsReady => _current is not null;

    /// <summary>
    /// Leases the served generation for the caller's async flow (or the one already leased in it); null when none
    /// is served yet. Dispose the lease when the request is done.
    /// </summary>
    public IndexLease? Acquire()
    {
        var outer = _pinned.Value;
        while (true)
        {
            var generation = outer ?? _current;
            if (generation is null) return null;
            // A generation read just before it was replaced and released cannot be acquired: read the new one.
            if (!generation.TryAcquire())
            {
                if (generation == outer) outer = null;
                continue;
            }
            _pinned.Value = generation;
            return new IndexLease(this, generation, outer);
        }
    }

    /// <summary>Serves <paramref name="index"/> from now on; the replaced generation is disposed once no lease holds it.</summary>
    public void Publish(ICodeIndex index)
    {
        var previous = Interlocked.Exchange(ref _current, new ServedGeneration(index, OnReleased));
        previous?.Release();
    }

    internal void Unpin(ServedGeneration? outer) => _pinned.Value = outer;

    private void OnReleased(ServedGeneration generation) =>
        // Disposing and deleting files is not the work of the request that happened to finish last.
        ThreadPool.QueueUserWorkItem(_ =>
        {
            (generation.Index as IDisposable)?.Dispose();
            GenerationReleased?.Invoke(generation.Index.Generation);
        });

    public void Dispose()
    {
        var last = Interlocked.Exchange(ref _current, null);
        (last?.Index as IDisposable)?.Dispose();
    }
}
