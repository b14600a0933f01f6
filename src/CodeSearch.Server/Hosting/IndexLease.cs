using CodeSearch.Core.Catalog;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// Keeps one index generation open for a request: while the lease is open, <see cref="ServedIndexProvider.Current"/>
/// answers this generation in the async flow that took it, even after a newer one is published. Dispose exactly once.
/// </summary>
public sealed class IndexLease : IDisposable
{
    private readonly ServedIndexProvider _provider;
    private readonly ServedGeneration _generation;
    private readonly ServedGeneration? _outer;
    private int _disposed;

    internal IndexLease(ServedIndexProvider provider, ServedGeneration generation, ServedGeneration? outer)
    {
        _provider = provider;
        _generation = generation;
        _outer = outer;
    }

    /// <summary>The leased generation.</summary>
    public ICodeIndex Index => _generation.Index;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _provider.Unpin(_outer);
        _generation.Release();
    }
}
