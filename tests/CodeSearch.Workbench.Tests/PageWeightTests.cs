using CodeSearch.Workbench.Tests.Support;
using Xunit.Abstractions;

namespace CodeSearch.Workbench.Tests;

/// <summary>What the page costs: bytes on first load and time until it is ready, from a cold browser context.</summary>
public class PageWeightTests(SampleWorkbenchServer server, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<SampleWorkbenchServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task FirstLoad_Median_UnderOneSecondAndUnder150KB()
    {
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 5; i++)
        {
            // A fresh context has an empty cache: every load is a first load.
            await using var page = await chromium.OpenAsync(server.BaseUrl);
            times.Add(await page.Page.EvaluateAsync<double>("() => performance.now()"));
            bytes = await page.Page.EvaluateAsync<long>(
                "() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))" +
                ".filter(e => !e.name.includes('/v1/')).reduce((sum, e) => sum + e.decodedBodySize, 0)");
        }
        times.Sort();
        var median = times[times.Count / 2];
        output.WriteLine($"first load to ready (data shown): median {median:N0} ms of {string.Join(", ", times.Select(t => t.ToString("N0")))}; page weight {bytes:N0} bytes");

        Assert.InRange(median, 0, 1000);
        Assert.InRange(bytes, 1, 150_000);
    }
}
