using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.AccessLogging;

/// <summary>
/// Writes the <see cref="AccessLog"/> line for each gRPC, JSON-transcoded or FHIR call, including calls refused before
/// any service runs (UNAUTHENTICATED, RESOURCE_EXHAUSTED). Runs first in the pipeline, so latency covers authentication and limits.
/// The call only captures its fields into the <see cref="AccessLogQueue"/>; <see cref="AccessLogWriter"/> writes the
/// line a moment later (at most <see cref="AccessLogOptions.FlushIntervalMilliseconds"/>).
/// </summary>
internal sealed class AccessLogMiddleware(RequestDelegate next, ILoggerFactory loggers, IOptions<AccessLogOptions> options, TimeProvider time,
    AccessLogQueue queue)
{
    private static readonly PathString ReflectionPath = "/grpc.reflection.v1.ServerReflection";
    private static readonly PathString ReflectionAlphaPath = "/grpc.reflection.v1alpha.ServerReflection";

    private readonly ILogger _logger = loggers.CreateLogger(AccessLog.Category);

    public async Task InvokeAsync(HttpContext context)
    {
        var settings = options.Value;
        if (!settings.Enabled || !(GrpcStatusResponse.IsGrpc(context.Request) || Http.HttpRefusals.IsLogged(context)) || !_logger.IsEnabled(LogLevel.Information)
            || (!settings.IncludeHealthChecks && Limits.CallLimiters.IsExempt(context.Request.Path))
            || (!settings.IncludeReflection && (context.Request.Path.StartsWithSegments(ReflectionPath, StringComparison.Ordinal)
                || context.Request.Path.StartsWithSegments(ReflectionAlphaPath, StringComparison.Ordinal))))
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
            queue.Add(new AccessLogEntry(context.Request.Path, CallerIdentity.Key(context.User) ?? "anonymous",
                context.Connection.RemoteIpAddress, GrpcCallStatus.Name(context),
                Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1),
                sizes.RequestBytes, sizes.ResponseBytes, sizes.RequestMessages, sizes.ResponseMessages));
        }
    }
}
