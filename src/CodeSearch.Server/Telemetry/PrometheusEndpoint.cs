using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// The Prometheus scrape endpoint on its own port (<see cref="TelemetryOptions.PrometheusPort"/>): a small HTTP/1.1
/// listener, separate from the gRPC server, so scrapes bypass authentication, limits and the access log, and the gRPC
/// endpoints' addresses (--urls, Kestrel settings) stay untouched. It renders the server's own MeterProvider.
/// </summary>
internal sealed class PrometheusEndpoint(IOptions<TelemetryOptions> options, MeterProvider meterProvider, ILogger<PrometheusEndpoint> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address it listens on (with the real port when 0 was asked), once started.</summary>
    public string? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.PrometheusPort is not { } port) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (settings.PrometheusAddress is "*" or "+") kestrel.ListenAnyIP(port, l => l.Protocols = HttpProtocols.Http1);
            else kestrel.Listen(IPAddress.Parse(settings.PrometheusAddress), port, l => l.Protocols = HttpProtocols.Http1);
        });
        _app = builder.Build();
        _app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: "/metrics", configureBranchedPipeline: null, optionsName: null);
        await _app.StartAsync(cancellationToken);
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        TelemetryLog.PrometheusListening(logger, Address ?? $"port {port}");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
