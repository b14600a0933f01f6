using CodeSearch.Workbench.Tests.Support;
using Xunit.Abstractions;

namespace CodeSearch.Workbench.Tests;

/// <summary>What the page costs: bytes on first load and time until it is ready, from a cold browser context.</summary>
public class PageWeightTests(SampleWorkbenchServer server, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<SampleWorkbenchServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task FirstLoad_MedianLoadEvent_UnderOneSecondAndUnder150KB()
    {
        var loads = new List<double>();
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 5; i++)
        {
            // A fresh context has an empty cache: every load is a first load.
            await using var page = await chromium.OpenAsync(server.BaseUrl);
            // The load event: the page and its modules and styles, from navigation start. Data shown: the releases
            // loaded (ListCodeSystems) are on screen, which adds a call of the API.
            loads.Add(await page.Page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd"));
            times.Add(await page.Page.EvaluateAsync<double>("() => performance.getEntriesByName('workbench-data-shown')[0].startTime"));
            bytes = await page.Page.EvaluateAsync<long>(
                "() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))" +
                ".filter(e => !e.name.includes('/v1/')).reduce((sum, e) => sum + e.decodedBodySize, 0)");
        }
        loads.Sort();
        times.Sort();
        var median = loads[loads.Count / 2];
        output.WriteLine($"first load (load event): median {median:N0} ms of {string.Join(", ", loads.Select(t => t.ToString("N0")))}; " +
                         $"to data shown: median {times[times.Count / 2]:N0} ms of {string.Join(", ", times.Select(t => t.ToString("N0")))}; page weight {bytes:N0} bytes");

        Assert.InRange(median, 0, 1000);
        Assert.InRange(bytes, 1, 150_000);
    }
}
