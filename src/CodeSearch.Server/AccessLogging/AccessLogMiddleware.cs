using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// Writes the <see cref="AccessLog"/> line for each gRPC, JSON-transcoded or FHIR call, including calls refused before
/// any service runs (UNAUTHENTICATED, RESOURCE_EXHAUSTED). Runs first in the pipeline, so latency covers authentication and limits.
/// </summary>
internal sealed class AccessLogMiddleware(RequestDelegate next, ILoggerFactory loggers, IOptions<AccessLogOptions> options, TimeProvider time)
{
    private readonly ILogger _logger = loggers.CreateLogger(AccessLog.Category);

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.Enabled || !(GrpcStatusResponse.IsGrpc(context.Request) || Http.HttpRefusals.IsLogged(context)) || !_logger.IsEnabled(LogLevel.Information)
            || (!settings.IncludeHealthChecks && Limits.CallLimiters.IsExempt(context.Request.Path)))
        {
            await next(context);
            return;
        }
        var sizes = new CallSizes();
        context.Features.Set(sizes);
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            AccessLog.Call(_logger, context.Request.Path.ToString(), CallerIdentity.Name(context.User) ?? "anonymous",
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown", StatusOf(context),
                Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1),
                sizes.RequestBytes, sizes.ResponseBytes, sizes.RequestMessages, sizes.ResponseMessages);
        }
    }

    /// <summary>grpc-status from the trailers, or from the headers of a trailers-only response; else the HTTP status.</summary>
    private static string StatusOf(HttpContext context)
    {
        var value = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"].ToString();
        if (string.IsNullOrEmpty(value)) value = context.Response.Headers["grpc-status"].ToString();
        if (int.TryParse(value, out var code)) return Enum.IsDefined(typeof(StatusCode), code) ? ((StatusCode)code).ToString() : value;
        return context.RequestAborted.IsCancellationRequested ? "Aborted" : $"HTTP {context.Response.StatusCode}";
    }
}
