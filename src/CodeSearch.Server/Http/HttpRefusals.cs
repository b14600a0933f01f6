using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace CodeSearch.Server.Http;

/// <summary>
/// Writes a refusal made before any service runs (authentication, authorization) in the form of the door the request
/// came through: the JSON form of google.rpc.Status for transcoded calls, or what the endpoint's
/// <see cref="IRefusalWriter"/> writes (the FHIR door writes an OperationOutcome). Null for other requests.
/// </summary>
internal static class HttpRefusals
{
    public static Task? TryWrite(HttpContext context, StatusCode code, string message)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata is null) return null;
        if (metadata.GetMetadata<IRefusalWriter>() is { } writer) return writer.WriteAsync(context, code, message);
        if (metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not null) return WriteJsonStatusAsync(context, code, message);
        return null;
    }

    /// <summary>True for a JSON-transcoded call of a gRPC method or a call of another door (FHIR): the access log covers them.</summary>
    public static bool IsLogged(HttpContext context) => context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not null || metadata.GetMetadata<IRefusalWriter>() is not null);

    /// <summary>The HTTP status JSON transcoding gives a gRPC status (google.rpc.Code's HTTP mapping).</summary>
    public static int HttpStatusOf(StatusCode code) => code switch
    {
        StatusCode.OK => StatusCodes.Status200OK,
        StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.Aborted => StatusCodes.Status409Conflict,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Cancelled => 499,
        StatusCode.Unimplemented => StatusCodes.Status501NotImplemented,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Ends the response with the JSON form of a google.rpc.Status; <paramref name="message"/> is fixed text.</summary>
    private static async Task WriteJsonStatusAsync(HttpContext context, StatusCode code, string message)
    {
        context.Response.StatusCode = HttpStatusOf(code);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("code", (int)code);
        json.WriteString("message", message);
        json.WriteStartArray("details");
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

/// <summary>Endpoint metadata of a door that writes its own refusals (see <see cref="HttpRefusals"/>).</summary>
internal interface IRefusalWriter
{
    Task WriteAsync(HttpContext context, StatusCode code, string message);
}
