using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;

namespace CodeSearch.Server.AccessLogging;

/// <summary>The gRPC status a finished call answered, read from its HTTP response (for the access log and metrics).</summary>
internal static class GrpcCallStatus
{
    private static readonly string[] Names = Enum.GetValues<StatusCode>().Select(c => c.ToString()).ToArray();

    /// <summary>grpc-status from the trailers, or from the headers of a trailers-only response; null when absent.</summary>
    public static int? Code(HttpContext context)
    {
        var value = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"];
        if (value is null || value.Value.Count == 0) value = context.Response.Headers["grpc-status"];
        var text = value.Value.Count == 1 ? value.Value[0] : value.Value.ToString();
        return int.TryParse(text, out var code) ? code : null;
    }

    /// <summary>grpc-message from the trailers or headers; empty when absent.</summary>
    public static string Message(HttpContext context)
    {
        var value = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-message"].ToString();
        return string.IsNullOrEmpty(value) ? context.Response.Headers["grpc-message"].ToString() : value;
    }

    /// <summary>The status name (e.g. "OK", "InvalidArgument"), "Aborted" for a call the client dropped, else "HTTP nnn".</summary>
    public static string Name(HttpContext context)
    {
        if (Code(context) is { } code) return code >= 0 && code < Names.Length ? Names[code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return context.RequestAborted.IsCancellationRequested ? "Aborted" : $"HTTP {context.Response.StatusCode}";
    }
}
