using System.Collections.Concurrent;
using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Xunit.Abstractions;

namespace CodeSearch.Server.Tests.Hosting;

/// <summary>
/// A quarterly HCPCS file appears while clients call the server continuously: the new generation is built in the
/// background and swapped in with no failed request, no stale cached answer after the swap, and the old generation
/// closed and deleted once its last request is done.
/// </summary>
public class ReloadUnderLoadTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task NewQuarterlyFile_UnderConcurrentLoad_SwappedWithNoFailedRequestAndNoStaleAnswer()
    {
        using var sources = new ReloadableSources();
        using var factory = new CodeSearchServerFactory("Development", sources.Root, sources.Settings(reloadSeconds: 1));
        await factory.WaitUntilServingAsync(Timeout);
        var lookup = factory.Client;
        var suggest = new CodingSuggestions.CodingSuggestionsClient(factory.Channel);
        var before = (await lookup.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration;
        Assert.Equal(ReloadableSources.OldDescription, (await lookup.GetCodeAsync(K0001)).Description);
        Assert.Empty((await lookup.SearchCodesAsync(NewWordSearch)).Results);

        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentQueue<string>();
        var stale = new ConcurrentQueue<string>();
        long requests = 0;
        async Task Client(Func<Task<bool>> call)
        {
            var sawNew = false;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var isNew = await call();
                    Interlocked.Increment(ref requests);
                    // Each client calls in sequence: once it has had the new answer, an old one would be stale.
                    if (sawNew && !isNew) stale.Enqueue("old answer after the new one");
                    sawNew |= isNew;
                }
                catch (RpcException ex)
                {
                    failures.Enqueue($"{ex.StatusCode}: {ex.Status.Detail}");
                }
            }
        }
        var clients = new[]
        {
            Client(async () => (await lookup.GetCodeAsync(K0001)).Description == ReloadableSources.NewDescription),
            Client(async () => (await lookup.GetCodeAsync(K0001)).Description == ReloadableSources.NewDescription),
            Client(async () => (await lookup.SearchCodesAsync(NewWordSearch)).Results.Count > 0),
            Client(async () => (await lookup.SearchCodesAsync(new SearchCodesRequest { Query = "wheelchair", Systems = { CodeSystem.Hcpcs } })).Results.Count == 0),
            Client(async () => (await suggest.SuggestCodesAsync(new SuggestCodesRequest { Text = "Pt with HTN and T2DM, denies chest pain" })).Suggestions.Count == -1),
            Client(async () => (await lookup.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration != before),
        };
        await Task.Delay(500);
        var loadBefore = Interlocked.Read(ref requests);

        var swap = Stopwatch.StartNew();
        sources.AddAprilHcpcs();
        string after;
        while ((after = (await lookup.ListCodeSystemsAsync(new ListCodeSystemsRequest())).IndexGeneration) == before)
        {
            Assert.True(swap.Elapsed < Timeout, $"no new generation within {Timeout.TotalSeconds} s (problem: {factory.IndexStatus.Problem})");
            await Task.Delay(20);
        }
        var swapSeconds = swap.Elapsed.TotalSeconds;
        // Right after the swap: the new answer, not one cached under the old generation.
        Assert.Equal(ReloadableSources.NewDescription, (await lookup.GetCodeAsync(K0001)).Description);
        Assert.Equal("K0001", Assert.Single((await lookup.SearchCodesAsync(NewWordSearch)).Results).Code.Code_);
        await Task.Delay(500);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        output.WriteLine($"{requests} requests ({loadBefore} before the files changed), {failures.Count} failed; new generation served {swapSeconds:0.00} s after the manifest changed");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.True(stale.IsEmpty, $"{stale.Count} stale answers");
        Assert.True(requests > loadBefore + 20, $"only {requests} requests");
        Assert.NotEqual(before, after);
        var oldFolder = Path.Combine(factory.TempRoot, "index", before);
        await WaitUntil(() => !Directory.Exists(oldFolder), "the old generation's folder is deleted once released");
        Assert.Equal("2026-04", (await lookup.GetCodeAsync(K0001)).Release.ReleaseId);
    }

    private static GetCodeRequest K0001 => new() { System = CodeSystem.Hcpcs, Code = "K0001" };

    private static SearchCodesRequest NewWordSearch => new() { Query = ReloadableSources.NewWord, Systems = { CodeSystem.Hcpcs } };

    private static async Task WaitUntil(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), $"timed out waiting: {what}");
            await Task.Delay(20);
        }
    }
}
