using System.Globalization;
using CodeSearch.Core.Errors;
using CodeSearch.Server.Limits;
using CodeSearch.Server.Security;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// The one table from domain errors to gRPC statuses. Used by <see cref="ErrorInterceptor"/> for whole calls, by
/// batch RPCs for their per-item errors and by StreamSuggestCodes for its per-request errors. Unexpected exceptions
/// become INTERNAL with a fixed message (their text may hold request content, so it is logged server-side only,
/// never sent).
/// </summary>
internal static class ErrorMapping
{
    public const string InternalMessage = "Internal error; the server log has the details.";

    public static Google.Rpc.Status ToStatus(Exception exception) => exception switch
    {
        InvalidRequestException invalid => WithBadRequest(invalid),
        CodeNotFoundException => Plain(Code.NotFound, exception.Message),
        ReleaseNotLoadedException => Plain(Code.FailedPrecondition, exception.Message),
        ServiceNotReadyException => Plain(Code.Unavailable, exception.Message),
        PermissionDeniedException => Plain(Code.PermissionDenied, exception.Message),
        OverloadedException overloaded => WithRetryInfo(overloaded),
        OperationCanceledException => Plain(Code.Cancelled, "The request was cancelled."),
        _ => Plain(Code.Internal, InternalMessage),
    };

    /// <summary>
    /// The status for an exception raised while serving <paramref name="context"/>: a client that cancels, passes
    /// its deadline or resets the stream is not a server error, whatever the exception (OperationCanceledException,
    /// or IOException from a reset request stream), so the call's own CANCELLED or DEADLINE_EXCEEDED wins.
    /// </summary>
    public static Google.Rpc.Status ToStatus(Exception exception, ServerCallContext context) =>
        IsCallCancelled(context) ? CallCancelled(context) : ToStatus(exception);

    /// <summary>True for exceptions the table maps on purpose (not bugs).</summary>
    public static bool IsExpected(Exception exception) =>
        exception is CodeSearchException and not SourceDataException or OperationCanceledException or OverloadedException;

    /// <summary>True when the exception is a bug to log: not mapped on purpose and not caused by the call ending.</summary>
    public static bool IsUnexpected(Exception exception, ServerCallContext context) =>
        !IsExpected(exception) && !IsCallCancelled(context);

    private static bool IsCallCancelled(ServerCallContext context) => context.CancellationToken.IsCancellationRequested;

    private static Google.Rpc.Status CallCancelled(ServerCallContext context) => context.Deadline <= DateTime.UtcNow
        ? Plain(Code.DeadlineExceeded, "Deadline exceeded.")
        : Plain(Code.Cancelled, "Call cancelled by the client.");

    private static Google.Rpc.Status Plain(Code code, string message) => new() { Code = (int)code, Message = message };

    private static Google.Rpc.Status WithBadRequest(InvalidRequestException invalid)
    {
        var badRequest = new BadRequest();
        foreach (var violation in invalid.Violations)
        {
            badRequest.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = violation.Field, Description = violation.Description });
        }
        var status = Plain(Code.InvalidArgument, invalid.Message);
        status.Details.Add(Any.Pack(badRequest));
        return status;
    }

    private static Google.Rpc.Status WithRetryInfo(OverloadedException overloaded)
    {
        var status = Plain(Code.ResourceExhausted, overloaded.Message);
        if (overloaded.RetryAfter > TimeSpan.Zero)
        {
            status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(overloaded.RetryAfter) }));
        }
        return status;
    }

    /// <summary>Name of the trailer that repeats a RetryInfo's delay in whole seconds, for clients that do not read status details.</summary>
    public const string RetryAfterTrailer = "retry-after";

    /// <summary>As <see cref="ToStatus(Exception, ServerCallContext)"/>, as the exception a service throws.</summary>
    public static RpcException ToRpcException(Exception exception, ServerCallContext context) =>
        IsCallCancelled(context) ? CallCancelled(context).ToRpcException() : ToRpcException(exception);

    public static RpcException ToRpcException(Exception exception)
    {
        var rpc = ToStatus(exception).ToRpcException();
        if (exception is OverloadedException { RetryAfter.Ticks: > 0 } overloaded)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(overloaded.RetryAfter.TotalSeconds));
            rpc.Trailers.Add(RetryAfterTrailer, seconds.ToString(CultureInfo.InvariantCulture));
        }
        return rpc;
    }

    /// <summary>
    /// A request message protobuf cannot parse: INVALID_ARGUMENT with one violation on the whole message (field "").
    /// The parser's message names the problem (truncated input, invalid UTF-8), never the content.
    /// </summary>
    public static RpcException UnparseableRequest(Google.Protobuf.InvalidProtocolBufferException exception) =>
        ToRpcException(new InvalidRequestException("", $"is not a valid protobuf message for this method: {exception.Message}"));

    /// <summary>
    /// A request body the gRPC transport cannot decode (bad framing, a compressed flag without an encoding, data that
    /// does not decompress): INVALID_ARGUMENT with one violation on the whole message (field ""). The problem is
    /// named by the server, never quoted from the body.
    /// </summary>
    public static RpcException UndecodableRequest(string problem) =>
        ToRpcException(new InvalidRequestException("", $"cannot be decoded: {problem}"));

    /// <summary>
    /// The request body could not be read because the client reset the stream or dropped the connection: CANCELLED,
    /// as for any call the client ends (not a server error; the client is usually gone and never sees it).
    /// </summary>
    public static RpcException RequestBodyAborted() =>
        Plain(Code.Cancelled, "The client reset the stream or closed the connection while sending the request.").ToRpcException();
}
