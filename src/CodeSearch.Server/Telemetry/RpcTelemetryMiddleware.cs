using System.Diagnostics;
using CodeSearch.Server.AccessLogging;
using CodeSearch.Server.Limits;
using Grpc.AspNetCore.Server;
using Grpc.Core;

namespace CodeSearch.Server.Telemetry;

/// <summary>
/// Times every gRPC call from the first middleware to the last trailer and records it in <see cref="RpcMetrics"/>;
/// tags the request's server span (if traced) with the RPC and its status. Reads the status the call answered, so
/// calls refused before any service runs (limits, authentication) are counted too, without touching those parts.
/// It runs before routing, so the method is read from the endpoint routing chose, once the call is done; requests
/// that matched no gRPC method (other paths, unknown methods) are not recorded.
/// </summary>
internal sealed class RpcTelemetryMiddleware(RequestDelegate next, RpcMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method is { } method) Record(context, method, started);
        }
    }

    private void Record(HttpContext context, IMethod method, long started)
    {
        var code = GrpcCallStatus.Code(context) ?? (int)StatusCode.Cancelled;
        metrics.Record(method.ServiceName, method.Name, code, Stopwatch.GetElapsedTime(started).TotalSeconds);
        if (code == (int)StatusCode.ResourceExhausted && RefusalReason(GrpcCallStatus.Message(context)) is { } reason)
        {
            metrics.Refused(method.ServiceName, method.Name, reason);
        }
        Activity.Current?.SetTag("rpc.system", "grpc").SetTag("rpc.service", method.ServiceName).SetTag("rpc.method", method.Name)
            .SetTag("rpc.grpc.status_code", code);
    }

    private static string? RefusalReason(string message) => message switch
    {
        CallLimiters.ShedMessage => "shed",
        CallLimiters.RateLimitedMessage => "rate_limited",
        _ => null,
    };
}
