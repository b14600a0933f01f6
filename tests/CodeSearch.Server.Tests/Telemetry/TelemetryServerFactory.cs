using CodeSearch.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CodeSearch.Server.Tests.Telemetry;

/// <summary>
/// The sample server with the Prometheus endpoint on a free loopback port. Telemetry settings are read while services
/// are registered, so they go in as host settings (as environment variables or appsettings.json would be, in time),
/// not as the late app-configuration overrides of <see cref="CodeSearchServerFactory"/>.
/// </summary>
public sealed class TelemetryServerFactory(IDictionary<string, string?> overrides) : CodeSearchServerFactory(overrides: overrides)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CodeSearch:Telemetry:PrometheusPort", "0");
        builder.UseSetting("CodeSearch:Telemetry:PrometheusAddress", "127.0.0.1");
    }
}
