using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Generations;

/// <summary>
/// Opens the generation CURRENT names on its own thread before anyone asks for it, so that the open (the longest part
/// of a start with an existing index) overlaps the host's own start-up and the choice of sources. Nothing is served
/// from it until <see cref="IndexManager"/> takes it in place of its own open of the same folder, after the sources
/// have been chosen: the checks and the outcome are the open's (a generation that fails to open is rebuilt, one built
/// from other sources is served meanwhile or replaced). An open that is never taken is disposed with this object.
/// </summary>
public sealed class EarlyGenerationOpen : IDisposable
{
    private readonly Lock _lock = new();
    private string? _directory;
    private Task<LuceneCodeIndex>? _open;
    private bool _disposed;

    /// <summary>Begins opening the generation CURRENT names in <paramref name="indexDirectory"/>, once; no-op when there is none.</summary>
    public void Begin(string indexDirectory)
    {
        lock (_lock)
        {
            if (_disposed || _open is not null || _directory is not null) return;
            var current = new IndexGenerationStore(indexDirectory).CurrentDirectory();
            if (current is null) return;
            _directory = Path.GetFullPath(current);
            // Its own thread, not the pool's: at start-up the pool has few threads and the open blocks for a second or more.
            _open = Task.Factory.StartNew(() => LuceneCodeIndex.Open(current), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// The generation in <paramref name="generationDirectory"/> when it is the one begun (waiting for its open to end, and
    /// throwing what the open threw); null otherwise. Taken once: later calls open afresh.
    /// </summary>
    public LuceneCodeIndex? Take(string generationDirectory)
    {
        Task<LuceneCodeIndex>? open;
        lock (_lock)
        {
            if (_open is null) return null;
            open = _open;
            _open = null;
            if (!string.Equals(_directory, Path.GetFullPath(generationDirectory), StringComparison.Ordinal))
            {
                Discard(open); // CURRENT moved on since (a build): that open is not the one asked for
                return null;
            }
        }
        return open.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        Task<LuceneCodeIndex>? open;
        lock (_lock)
        {
            _disposed = true;
            (open, _open) = (_open, null);
        }
        if (open is not null) Discard(open);
    }

    private static void Discard(Task<LuceneCodeIndex> open) =>
        open.ContinueWith(static t =>
        {
            if (t.IsCompletedSuccessfully) t.Result.Dispose();
            else _ = t.Exception; // observed: the open failed and nobody asked for it
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
