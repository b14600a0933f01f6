using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>Being offline is an expected condition: one line saying so, no stack trace, no retry of every file.</summary>
public class OfflineLogTests
{
    [Fact]
    public async Task Offline_DownloadFailsOnce_OneLineWithoutStackTrace()
    {
        // The shipped manifest with every URL pointing at a closed port: the download fails as it would offline.
        var manifest = Path.Combine(Path.GetTempPath(), $"codesearch-offline-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(TestPaths.Manifest))
            .Replace("https://ftp.cdc.gov/", "http://127.0.0.1:1/", StringComparison.Ordinal)
            .Replace("https://www.cms.gov/", "http://127.0.0.1:1/", StringComparison.Ordinal));
        var logs = new CapturingLoggerProvider();
        try
        {
            using var factory = new ShippedLogLevelsFactory(logs, new Dictionary<string, string?>
            {
                ["CodeSearch:Data:DownloadMissing"] = "true",
                ["CodeSearch:Data:ManifestPath"] = manifest,
            });

            await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

            Assert.Single(logs.Lines, l => l.Contains("[1105] Could not download"));
            Assert.DoesNotContain(logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    /// <summary>Captures every line the shipped appsettings.json log levels let through (no filter of the test's own).</summary>
    private sealed class ShippedLogLevelsFactory(CapturingLoggerProvider logs, IDictionary<string, string?> settings)
        : CodeSearchServerFactory(overrides: settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
