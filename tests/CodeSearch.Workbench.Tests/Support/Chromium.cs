using Microsoft.Playwright;

namespace CodeSearch.Workbench.Tests.Support;

/// <summary>
/// Debian's Chromium (apt-get install chromium), headless, driven by Playwright. Never downloads a browser: when
/// Chromium is missing the tests fail with a message saying how to install it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian puts it; CODESEARCH_CHROMIUM overrides.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("CODESEARCH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The workbench browser tests need Chromium at '{ExecutablePath}': install it with 'apt-get install -y chromium' " +
                "(.ci/run does) or set CODESEARCH_CHROMIUM to a Chromium executable. No browser is downloaded.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }

    /// <summary>A fresh context (no shared storage) at a laptop-sized viewport; every request is recorded.</summary>
    public async Task<WorkbenchPage> OpenAsync(string baseUrl, int width = 1440, int height = 900, float scale = 1)
    {
        var page = await (await NewContextAsync(width, height, scale)).NewPageAsync();
        var workbench = new WorkbenchPage(page, baseUrl);
        await workbench.GotoAsync();
        return workbench;
    }

    private Task<IBrowserContext> NewContextAsync(int width = 1440, int height = 900, float scale = 1) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            AcceptDownloads = true,
            Locale = "en-US",
            TimezoneId = "UTC",
        });

    /// <summary>
    /// Like <see cref="OpenAsync"/>, with Chromium's performance metrics switched on before the navigation, so
    /// <see cref="MainThreadSecondsAsync"/> covers all of the page's first load.
    /// </summary>
    public async Task<(WorkbenchPage Page, ICDPSession Metrics)> OpenMeasuredAsync(string baseUrl)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var metrics = await context.NewCDPSessionAsync(page);
        await metrics.SendAsync("Performance.enable");
        var workbench = new WorkbenchPage(page, baseUrl);
        await workbench.GotoAsync();
        return (workbench, metrics);
    }

    /// <summary>
    /// CPU time of the page's main thread (parsing, styles, layout, scripts) in seconds: the work the page itself
    /// costs, which other processes competing for the CPU do not inflate the way they inflate wall-clock time.
    /// </summary>
    public static async Task<double> MainThreadSecondsAsync(ICDPSession metrics)
    {
        var result = await metrics.SendAsync("Performance.getMetrics");
        foreach (var metric in result!.Value.GetProperty("metrics").EnumerateArray())
        {
            if (metric.GetProperty("name").GetString() == "ThreadTime") return metric.GetProperty("value").GetDouble();
        }
        throw new InvalidOperationException("Chromium reported no ThreadTime metric.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
