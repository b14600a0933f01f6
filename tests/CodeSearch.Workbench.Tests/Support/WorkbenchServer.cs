using System.Net;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Hosting;
using CodeSearch.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Workbench.Tests.Support;

/// <summary>
/// The real server (Program) on Kestrel, listening on a free loopback port with HTTP/1.1 (what a browser speaks in
/// plaintext), with its own temp index directory and no downloads. Started once per test class (a fixture).
/// </summary>
public class WorkbenchServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeSpan _startTimeout;

    /// <param name="environment">Development serves the sample when the source directory holds no official file.</param>
    /// <param name="sourceDirectory">Official files, or null for an empty folder (the sample is served).</param>
    /// <param name="overrides">More settings, applied last.</param>
    protected WorkbenchServer(string environment, string? sourceDirectory, TimeSpan startTimeout, IDictionary<string, string?>? overrides = null)
    {
        _environment = environment;
        _startTimeout = startTimeout;
        TempRoot = Path.Combine(Path.GetTempPath(), "codesearch-workbench-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(TempRoot, "sources"));
        _settings = new Dictionary<string, string?>
        {
            ["CodeSearch:Data:SourceDirectory"] = sourceDirectory ?? Path.Combine(TempRoot, "sources"),
            ["CodeSearch:Data:IndexDirectory"] = Path.Combine(TempRoot, "index"),
            ["CodeSearch:Data:DownloadMissing"] = "false",
            ["CodeSearch:Data:ManifestPath"] = TestPaths.Manifest,
            ["CodeSearch:Data:SampleDirectory"] = TestPaths.Fixtures,
            // Only the loopback HTTP/1.1 endpoint below: not the default HTTP port, which another server may hold.
            ["CodeSearch:Http:Urls"] = "",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) _settings[key] = value;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1));
    }

    public string TempRoot { get; }

    /// <summary>http://127.0.0.1:port (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using var timeout = new CancellationTokenSource(_startTimeout);
        IndexStatus status;
        try
        {
            status = await Services.GetRequiredService<IndexLifecycle>().WaitForAsync(s => s.IsServing || s.Problem is not null, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No index was open after {_startTimeout.TotalSeconds:N0} s.");
        }
        if (!status.IsServing) throw new InvalidOperationException($"The server will not serve: {status.Problem}");
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(TempRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>A Development server over the hand-written sample.</summary>
public sealed class SampleWorkbenchServer() : WorkbenchServer("Development", null, TimeSpan.FromSeconds(60));

/// <summary>The sample server with auth on: one API key (<see cref="ApiKey"/>), no JWT.</summary>
public sealed class AuthWorkbenchServer() : WorkbenchServer("Development", null, TimeSpan.FromSeconds(60), new Dictionary<string, string?>
{
    ["CodeSearch:Auth:Enabled"] = "true",
    ["CodeSearch:Auth:ApiKeys:0:Name"] = "coder",
    ["CodeSearch:Auth:ApiKeys:0:Sha256"] = CodeSearch.Server.Security.ApiKeyHash.Sha256Hex(ApiKey),
})
{
    public const string ApiKey = "workbench-test-key-5b0f8e2c7a194d3e";
}

/// <summary>A Production server over the official mirror (builds its own index once, about 20 s).</summary>
public sealed class FullDataWorkbenchServer() : WorkbenchServer("Production", TestPaths.SharedCodesets, TimeSpan.FromMinutes(4));
