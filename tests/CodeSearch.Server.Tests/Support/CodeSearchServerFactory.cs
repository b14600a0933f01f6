using CodeSearch.Server.Hosting;
using CodeSearch.Tests;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// The real server (Program) on an in-memory TestServer, with its own temp index directory, no downloads, and
/// the repository's manifest and fixtures; called through a real <see cref="GrpcChannel"/>.
/// </summary>
public class CodeSearchServerFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private GrpcChannel? _channel;

    /// <param name="environment">Hosting environment (Development serves the sample when no official file is there).</param>
    /// <param name="sourceDirectory">CodeSearch:Data:SourceDirectory; null means an empty temp folder.</param>
    /// <param name="overrides">More settings, applied last.</param>
    public CodeSearchServerFactory(string environment = "Development", string? sourceDirectory = null, IDictionary<string, string?>? overrides = null)
    {
        _environment = environment;
        TempRoot = Path.Combine(Path.GetTempPath(), "codesearch-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(TempRoot, "sources"));
        _settings = new Dictionary<string, string?>
        {
            ["CodeSearch:Data:SourceDirectory"] = sourceDirectory ?? Path.Combine(TempRoot, "sources"),
            ["CodeSearch:Data:IndexDirectory"] = Path.Combine(TempRoot, "index"),
            ["CodeSearch:Data:DownloadMissing"] = "false",
            ["CodeSearch:Data:ManifestPath"] = TestPaths.Manifest,
            ["CodeSearch:Data:SampleDirectory"] = TestPaths.Fixtures,
            // No HTTP/1.1 address (default localhost:5080) beside a Kestrel-hosted test server: parallel tests would
            // fight over the port. TwoPortServerFactory sets its own.
            ["CodeSearch:Http:Urls"] = "",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    /// <summary>Temp folder holding the (empty) source directory and the index directory.</summary>
    public string TempRoot { get; }

    public GrpcChannel Channel => _channel ??= CreateChannel();

    public Proto.CodeLookup.CodeLookupClient Client => new(Channel);

    public Health.HealthClient Health => new(Channel);

    public IndexLifecycle Lifecycle => Services.GetRequiredService<IndexLifecycle>();

    /// <summary>The index life cycle's status now.</summary>
    public IndexStatus IndexStatus => Lifecycle.Status;

    /// <summary>
    /// The server's error-level log lines (with their exceptions), so a test that gets INTERNAL can say why: the
    /// other log providers are cleared to keep test output quiet.
    /// </summary>
    public ServerErrorLog Errors { get; } = new();

    /// <summary>Polls grpc.health.v1 until SERVING (a refused connection counts as not yet); fails with the start-up
    /// problem or after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var status = HealthCheckResponse.Types.ServingStatus.Unknown;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                status = (await Health.CheckAsync(new HealthCheckRequest())).Status;
            }
            catch (global::Grpc.Core.RpcException e) when (e.StatusCode == global::Grpc.Core.StatusCode.Unavailable)
            {
                // A Kestrel endpoint can refuse the first connection while it is still coming up (seen once in CI).
                await Task.Delay(50);
                continue;
            }
            if (status == HealthCheckResponse.Types.ServingStatus.Serving) return;
            if (IndexStatus.Problem is { } problem) throw new InvalidOperationException($"The server will not serve: {problem}");
            await Task.Delay(50);
        }
        throw new TimeoutException($"Health was still {status} after {timeout.TotalSeconds:N0} s (problem: {IndexStatus.Problem ?? "none"}).");
    }

    /// <summary>Polls until the start-up has reported a problem (it then stays NOT_SERVING).</summary>
    public async Task<string> WaitForStartupProblemAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        _ = Server; // starts the host
        while (DateTime.UtcNow < deadline)
        {
            if (IndexStatus.Problem is { } problem) return problem;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No start-up problem was reported within {timeout.TotalSeconds:N0} s.");
    }

    /// <summary>A channel to the in-memory TestServer (starting it); a factory hosted on Kestrel overrides this.</summary>
    protected virtual GrpcChannel CreateChannel() =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });

    /// <summary>For factories that called <c>UseKestrel</c>: starts the server and opens a channel to its first address.</summary>
    protected GrpcChannel KestrelChannel()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return GrpcChannel.ForAddress(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Errors);
            logging.AddFilter<ServerErrorLog>(level => level >= LogLevel.Error);
        });
    }

    protected override void Dispose(bool disposing)
    {
        _channel?.Dispose();
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(TempRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
