using CodeSearch.Core.Errors;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// The one table from domain errors to gRPC statuses. Used by <see cref="ErrorInterceptor"/> for whole calls and by
/// batch RPCs for their per-item errors. Unexpected exceptions become INTERNAL with a fixed message (their text may
/// hold request content, so it is logged server-side only, never sent).
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
        _ => Plain(Code.Internal, InternalMessage),
    };

    /// <summary>True for exceptions the table maps on purpose (not bugs).</summary>
    public static bool IsExpected(Exception exception) => exception is CodeSearchException and not SourceDataException;

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

    public static RpcException ToRpcException(Exception exception) => ToStatus(exception).ToRpcException();
}
