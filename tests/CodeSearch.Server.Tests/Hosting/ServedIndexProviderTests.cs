using CodeSearch.Core.Errors;
using CodeSearch.Server.Hosting;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>Reference counting of served generations: an old generation is closed only when no request uses it.</summary>
public class ServedIndexProviderTests
{
    [Fact]
    public void Acquire_NothingServed_NullAndCurrentNotReady()
    {
        using var provider = new ServedIndexProvider();

        Assert.Null(provider.Acquire());
        Assert.Throws<ServiceNotReadyException>(() => provider.Current);
    }

    [Fact]
    public async Task Publish_WhileALeaseHoldsTheOld_OldDisposedOnlyWhenTheLeaseEnds()
    {
        using var provider = new ServedIndexProvider();
        var old = new TrackedIndex("gen-old");
        var fresh = new TrackedIndex("gen-new");
        var released = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.GenerationReleased += g => released.TrySetResult(g);
        provider.Publish(old);
        var lease = provider.Acquire()!;

        provider.Publish(fresh);

        Assert.False(old.Disposed);
        Assert.Same(old, provider.Current); // this flow holds the old lease
        Assert.False(released.Task.IsCompleted);
        lease.Dispose();
        Assert.Equal("gen-old", await released.Task.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(old.Disposed);
        Assert.False(fresh.Disposed);
        Assert.Same(fresh, provider.Current);
    }

    [Fact]
    public async Task Current_OtherFlowAfterPublish_SeesTheNewGeneration()
    {
        using var provider = new ServedIndexProvider();
        var old = new TrackedIndex("gen-old");
        provider.Publish(old);
        using var lease = provider.Acquire()!;

        provider.Publish(new TrackedIndex("gen-new"));
        Task<string> elsewhere;
        using (ExecutionContext.SuppressFlow()) elsewhere = Task.Run(() => provider.Current.Generation); // a flow without the lease
        var seenElsewhere = await elsewhere;

        Assert.Equal("gen-new", seenElsewhere);
        Assert.Equal("gen-old", provider.Current.Generation);
    }

    [Fact]
    public void Publish_NoLeases_OldDisposedAtOnce()
    {
        using var provider = new ServedIndexProvider();
        var old = new TrackedIndex("gen-old");
        using var released = new ManualResetEventSlim();
        provider.GenerationReleased += _ => released.Set();
        provider.Publish(old);

        provider.Publish(new TrackedIndex("gen-new"));

        Assert.True(released.Wait(TimeSpan.FromSeconds(5)));
        Assert.True(old.Disposed);
    }

    [Fact]
    public async Task Acquire_ManyThreadsAcrossManySwaps_NeverHandsOutADisposedGeneration()
    {
        using var provider = new ServedIndexProvider();
        provider.Publish(new TrackedIndex("gen-0"));
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var disposedSeen = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var lease = provider.Acquire()!;
                if (((TrackedIndex)lease.Index).Disposed) Interlocked.Increment(ref disposedSeen);
            }
        })).ToList();
        var swaps = 0;
        while (!stop.IsCancellationRequested && swaps < 2000) provider.Publish(new TrackedIndex($"gen-{++swaps}"));
        await Task.WhenAll(readers);

        Assert.Equal(0, disposedSeen);
        Assert.True(swaps > 10);
    }
}
