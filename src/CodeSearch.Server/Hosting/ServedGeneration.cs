using CodeSearch.Core.Catalog;

namespace CodeSearch.Server.Hosting;

/// <summary>
/// A served index generation with a reference count: one reference while it is the served generation, one per open
/// lease. It is disposed when the count reaches zero, i.e. once it is no longer served and the last request using it
/// has finished (the SearcherManager Acquire/Release contract).
/// </summary>
internal sealed class ServedGeneration(ICodeIndex index, Action<ServedGeneration> released)
{
    private int _references = 1;

    public ICodeIndex Index { get; } = index;

    /// <summary>Adds a reference unless the generation has already been released.</summary>
    public bool TryAcquire()
    {
        for (var count = Volatile.Read(ref _references); count > 0; count = Volatile.Read(ref _references))
        {
            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count) return true;
        }
        return false;
    }

    /// <summary>Drops a reference; the last one hands the generation to <c>released</c>.</summary>
    public void Release()
    {
        var left = Interlocked.Decrement(ref _references);
        if (left == 0) released(this);
        else if (left < 0) throw new InvalidOperationException($"Index generation {Index.Generation} released more often than acquired.");
    }
}
