using CodeSearch.Workbench.Tests.Support;
using Xunit.Abstractions;

namespace CodeSearch.Workbench.Tests;

/// <summary>
/// What the page costs on first load, from a cold browser context: its bytes, the CPU its main thread spends, and the
/// time to its load event.
/// </summary>
/// <remarks>
/// The budget is a first load under 1 s from localhost. Wall-clock time measures the machine as much as the page: in CI
/// the other test projects keep both cores busy, and the same page then takes 1-6 s to its load event while its
/// main thread's CPU time stays within a few percent. So the test always asserts the two figures contention does not
/// move (bytes, main-thread CPU), and asserts the wall-clock budget when asked to by
/// <c>CODESEARCH_STRICT_TIMING=1</c>, the way to run it on a quiet machine (docs/workbench.md).
/// It prints all three either way.
/// </remarks>
public class PageWeightTests(SampleWorkbenchServer server, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<SampleWorkbenchServer>, IClassFixture<Chromium>
{
    private const double MainThreadBudgetMs = 500;
    private const double LoadEventBudgetMs = 1000;
    private const long PageWeightBudgetBytes = 150_000;

    private static bool StrictTiming => Environment.GetEnvironmentVariable("CODESEARCH_STRICT_TIMING") == "1";

    [Fact]
    public async Task FirstLoad_Under150KB_MainThreadUnderHalfASecond_LoadEventUnderOneSecondOnAQuietMachine()
    {
        var loads = new List<double>();
        var shown = new List<double>();
        var cpu = new List<double>();
        long bytes = 0;
        for (var i = 0; i < 5; i++)
        {
            // A fresh context has an empty cache: every load is a first load.
            var (page, metrics) = await chromium.OpenMeasuredAsync(server.BaseUrl);
            await using (page)
            {
                cpu.Add(await Chromium.MainThreadSecondsAsync(metrics) * 1000);
                // The load event: the page and its modules and styles, from navigation start. Data shown: the releases
                // loaded (ListCodeSystems) are on screen, which adds a call of the API.
                loads.Add(await page.Page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd"));
                shown.Add(await page.Page.EvaluateAsync<double>("() => performance.getEntriesByName('workbench-data-shown')[0].startTime"));
                bytes = await page.Page.EvaluateAsync<long>(
                    "() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))" +
                    ".filter(e => !e.name.includes('/v1/')).reduce((sum, e) => sum + e.decodedBodySize, 0)");
            }
        }
        output.WriteLine($"first load (load event): {Median(loads)}; to data shown: {Median(shown)}; " +
                         $"main-thread CPU: {Median(cpu)}; page weight {bytes:N0} bytes; " +
                         $"load-event budget {(StrictTiming ? "asserted" : "not asserted (set CODESEARCH_STRICT_TIMING=1 on a quiet machine)")}");

        Assert.InRange(bytes, 1, PageWeightBudgetBytes);
        Assert.InRange(Sorted(cpu)[cpu.Count / 2], 0, MainThreadBudgetMs);
        if (StrictTiming) Assert.InRange(Sorted(loads)[loads.Count / 2], 0, LoadEventBudgetMs);
    }

    private static List<double> Sorted(List<double> values) => values.Order().ToList();

    private static string Median(List<double> values)
    {
        var sorted = Sorted(values);
        return $"median {sorted[sorted.Count / 2]:N0} ms of {string.Join(", ", sorted.Select(t => t.ToString("N0")))}";
    }
}
