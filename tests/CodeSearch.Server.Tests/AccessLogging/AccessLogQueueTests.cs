using CodeSearch.Server.AccessLogging;
using CodeSearch.Server.Options;
using Microsoft.AspNetCore.Http;

namespace CodeSearch.Server.Tests.AccessLogging;

/// <summary>The access log's queue: calls add without waiting, lines come out in call order, excess is counted.</summary>
public class AccessLogQueueTests
{
    [Fact]
    public void Add_BeyondCapacity_KeepsTheFirstInOrderAndCountsTheDropped()
    {
        var queue = new AccessLogQueue(Microsoft.Extensions.Options.Options.Create(new AccessLogOptions { QueueCapacity = 100 }));

        for (var i = 0; i < 130; i++) queue.Add(Entry(i));

        var taken = new List<long>();
        while (queue.TryTake(out var entry)) taken.Add(entry.RequestBytes);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (long)i), taken);
        Assert.Equal(30, queue.TakeDropped());
        Assert.Equal(0, queue.TakeDropped());
    }

    [Fact]
    public void Add_AfterDraining_HasRoomAgain()
    {
        var queue = new AccessLogQueue(Microsoft.Extensions.Options.Options.Create(new AccessLogOptions { QueueCapacity = 100 }));
        for (var i = 0; i < 100; i++) queue.Add(Entry(i));
        while (queue.TryTake(out _))
        {
        }

        queue.Add(Entry(7));

        Assert.True(queue.TryTake(out var entry));
        Assert.Equal(7, entry.RequestBytes);
        Assert.Equal(0, queue.TakeDropped());
    }

    private static AccessLogEntry Entry(int i) =>
        new(new PathString("/codesearch.v1.CodeLookup/GetCode"), "anonymous", null, "OK", 0.1, i, 0, 1, 1);
}
