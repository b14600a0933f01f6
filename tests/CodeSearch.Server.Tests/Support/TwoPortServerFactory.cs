using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// The real server on Kestrel with the addresses it takes in production: a gRPC (HTTP/2) address from <c>urls</c>
/// and an HTTP/1.1 address from <c>CodeSearch:Http:Urls</c>, each on a free loopback port.
/// </summary>
public sealed class TwoPortServerFactory : CodeSearchServerFactory
{
    private readonly CapturingLoggerProvider? _logs;
    private HttpClient? _http;

    public TwoPortServerFactory(IDictionary<string, string?>? settings = null, CapturingLoggerProvider? logs = null,
        string environment = "Development", string? sourceDirectory = null)
        : this(FreePort(), FreePort(), settings, logs, environment, sourceDirectory)
    {
    }

    private TwoPortServerFactory(int grpcPort, int httpPort, IDictionary<string, string?>? settings, CapturingLoggerProvider? logs,
        string environment, string? sourceDirectory)
        : base(environment, sourceDirectory, WithPorts(settings, grpcPort, httpPort))
    {
        _logs = logs;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        UseKestrel();
    }

    public Uri GrpcAddress { get; }

    public Uri HttpAddress { get; }

    /// <summary>An HTTP/1.1 client on the HTTP address (starting the server).</summary>
    public HttpClient Http => _http ??= CreateHttp();

    public V1.CodingSuggestions.CodingSuggestionsClient Suggestions => new(Channel);

    protected override GrpcChannel CreateChannel()
    {
        StartServer();
        return GrpcChannel.ForAddress(GrpcAddress);
    }

    private HttpClient CreateHttp()
    {
        StartServer();
        return new HttpClient { BaseAddress = HttpAddress, DefaultRequestVersion = HttpVersion.Version11, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_logs is not null)
        {
            builder.ConfigureLogging(logging =>
            {
                logging.AddProvider(_logs);
                logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Information);
                logging.SetMinimumLevel(LogLevel.Information);
            });
        }
    }

    protected override void Dispose(bool disposing)
    {
        _http?.Dispose();
        base.Dispose(disposing);
    }

    private static Dictionary<string, string?> WithPorts(IDictionary<string, string?>? settings, int grpcPort, int httpPort)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["urls"] = $"http://127.0.0.1:{grpcPort}",
            ["CodeSearch:Http:Urls"] = $"http://127.0.0.1:{httpPort}",
        };
        return all;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One two-port sample server with auth on (<see cref="Callers.AuthSettings"/>) and the logs captured.</summary>
public sealed class HttpServer : IAsyncLifetime
{
    public HttpServer() => Factory = new TwoPortServerFactory(Callers.AuthSettings(), Logs);

    public CapturingLoggerProvider Logs { get; } = new();

    public TwoPortServerFactory Factory { get; }

    public HttpClient Http => Factory.Http;

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class HttpServerCollection : ICollectionFixture<HttpServer>
{
    public const string Name = "HTTP server";
}
