using System.ComponentModel.DataAnnotations;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces (docs/operations.md "Telemetry"). Section <c>CodeSearch:Telemetry</c>. Off by
/// default: with neither <see cref="PrometheusPort"/> nor <see cref="OtlpEndpoint"/> set, no OpenTelemetry SDK is
/// registered and calls pay nothing for it. The Kubernetes manifests turn the Prometheus endpoint on.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "CodeSearch:Telemetry";

    /// <summary>
    /// Port of the Prometheus scrape endpoint (<c>GET /metrics</c>, plain HTTP/1.1), served by its own small listener
    /// beside the gRPC port, so scrapes need no credentials and never share the gRPC limits. 0 picks a free port.
    /// Default: null (no endpoint). 9464 is the usual choice.
    /// </summary>
    [Range(0, 65_535)]
    public int? PrometheusPort { get; set; }

    /// <summary>Address the scrape endpoint listens on: an IP address, or <c>*</c> for every interface. Default: <c>*</c>.</summary>
    public string PrometheusAddress { get; set; } = "*";

    /// <summary>
    /// OTLP collector address (e.g. <c>http://otel-collector:4317</c>, gRPC); when set, metrics and traces are pushed
    /// there. The standard <c>OTEL_EXPORTER_OTLP_*</c> variables tune the exporter further. Default: null (no OTLP).
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Whether a scrape endpoint or an OTLP exporter is configured.</summary>
    public bool AnyExporter => PrometheusPort is not null || !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
