namespace CodeSearch.Server.Telemetry;

/// <summary>Log lines of the telemetry wiring (event ids 4700-4709).</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(EventId = 4700, Level = LogLevel.Information, Message = "Prometheus metrics served at {Address}/metrics")]
    public static partial void PrometheusListening(ILogger logger, string address);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "OpenTelemetry metrics and traces exported by OTLP to {Endpoint}")]
    public static partial void OtlpExporting(ILogger logger, string endpoint);
}
