using System.Collections.Concurrent;
using CodeSearch.Server.Options;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Limits;

/// <summary>
/// Runs suggestions (CPU-bound, synchronous) on dedicated threads with a bounded queue, so they never occupy the
/// shared thread pool that serves lookups, health and the transport. A suggestion is admitted only while fewer than
/// workers + queue are admitted; beyond that it is refused at once with <see cref="OverloadedException"/>, before
/// any of its work runs. Work whose call was cancelled while it waited is dropped unrun.
/// </summary>
internal sealed class SuggestionWorkPool : IDisposable
{
    public const string FullMessage = "The server is at its limit of suggestions in progress; retry with backoff.";

    private readonly BlockingCollection<WorkItem> _queue = new();
    private readonly Thread[] _threads;
    private readonly TimeSpan _retryAfter;
    private int _admitted;

    public SuggestionWorkPool(IOptions<LimitsOptions> options)
    {
        var limits = options.Value;
        Workers = limits.Suggestions.EffectiveWorkers;
        Capacity = Workers + Workers * limits.Suggestions.QueuePerWorker;
        _retryAfter = TimeSpan.FromSeconds(limits.RetryAfterSeconds);
        _threads = new Thread[Workers];
        for (var i = 0; i < Workers; i++)
        {
            _threads[i] = new Thread(Work) { IsBackground = true, Name = $"codesearch-suggest-{i}" };
            // No execution context of the call that happened to create the pool (its index lease) may stick to a worker.
            _threads[i].UnsafeStart();
        }
    }

    /// <summary>Dedicated worker threads.</summary>
    public int Workers { get; }

    /// <summary>Suggestions admitted at once: running plus waiting.</summary>
    public int Capacity { get; }

    /// <summary>Suggestions running or waiting now.</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    /// <summary>Runs <paramref name="work"/> on a worker, or throws <see cref="OverloadedException"/> at once when the pool is full.</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Increment(ref _admitted) > Capacity)
        {
            Interlocked.Decrement(ref _admitted);
            throw new OverloadedException(FullMessage, _retryAfter);
        }
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The work runs in its call's execution context: the index generation the call leased, its logging scopes.
        var callContext = ExecutionContext.Capture();
        var item = new WorkItem(callContext, () =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
                return;
            }
            try
            {
                completion.TrySetResult(work(cancellationToken));
            }
            catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(ex.CancellationToken);
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }
        });
        try
        {
            _queue.Add(item, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            Interlocked.Decrement(ref _admitted); // shutting down
            throw new OverloadedException(FullMessage, _retryAfter);
        }
        return completion.Task;
    }

    private void Work()
    {
        foreach (var item in _queue.GetConsumingEnumerable())
        {
            try
            {
                if (item.Context is null) item.Run();
                else ExecutionContext.Run(item.Context, static run => ((Action)run!)(), item.Run);
            }
            finally
            {
                Interlocked.Decrement(ref _admitted);
            }
        }
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        // The queue itself is left to the GC: disposing it under a worker still draining would crash that thread.
        foreach (var thread in _threads) thread.Join(TimeSpan.FromSeconds(5));
    }

    private sealed record WorkItem(ExecutionContext? Context, Action Run);
}
