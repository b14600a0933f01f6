using Grpc.Core;

namespace CodeSearch.Server.Security;

/// <summary>
/// Answers a gRPC request from middleware with a trailers-only gRPC response (HTTP 200, application/grpc,
/// grpc-status and grpc-message), so clients see a gRPC status rather than a bare HTTP error.
/// </summary>
internal static class GrpcStatusResponse
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase);

    /// <summary>Ends the response with <paramref name="code"/>; <paramref name="message"/> must be fixed text, never request content.</summary>
    public static Task WriteAsync(HttpContext context, StatusCode code, string message)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}
