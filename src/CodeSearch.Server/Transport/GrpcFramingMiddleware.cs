namespace CodeSearch.Server.Transport;

/// <summary>
/// Puts <see cref="GrpcFramingStream"/> under the body of every gRPC request over HTTP/2 (content type
/// application/grpc or application/grpc+…; gRPC-Web bodies are left to their own middleware).
/// </summary>
internal sealed class GrpcFramingMiddleware(RequestDelegate next, ILogger<GrpcFramingMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (IsGrpc(context.Request.ContentType))
        {
            var encoding = context.Request.Headers["grpc-encoding"].ToString();
            var hasEncoding = encoding.Length > 0 && !string.Equals(encoding, "identity", StringComparison.Ordinal);
            context.Request.Body = new GrpcFramingStream(context.Request.Body, hasEncoding, logger, context.Request.Path);
        }
        return next(context);
    }

    private static bool IsGrpc(string? contentType) =>
        contentType is not null
        && contentType.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase)
        && !contentType.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase)
        && (contentType.Length == "application/grpc".Length || contentType["application/grpc".Length] is '+' or ';');
}
