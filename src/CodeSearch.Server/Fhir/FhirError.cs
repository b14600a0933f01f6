using CodeSearch.Core.Errors;
using CodeSearch.Server.Security;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>A refusal of a FHIR request: the OperationOutcome issue type and HTTP status to answer with.</summary>
internal sealed class FhirError(OperationOutcome.IssueType type, int httpStatus, string message) : Exception(message)
{
    public OperationOutcome.IssueType Type { get; } = type;
    public int HttpStatus { get; } = httpStatus;

    public static FhirError Invalid(string message) => new(OperationOutcome.IssueType.Invalid, StatusCodes.Status400BadRequest, message);
    public static FhirError NotFound(string message) => new(OperationOutcome.IssueType.NotFound, StatusCodes.Status404NotFound, message);
    public static FhirError NotSupported(string message) => new(OperationOutcome.IssueType.NotSupported, StatusCodes.Status400BadRequest, message);
    public static FhirError TooCostly(string message) => new(OperationOutcome.IssueType.TooCostly, StatusCodes.Status422UnprocessableEntity, message);

    public const string InternalMessage = "Internal error; the server log has the details.";

    /// <summary>
    /// The domain errors' FHIR form, from the same cases as <c>Grpc/ErrorMapping</c>: bad input is invalid (400), an
    /// unknown code or a release not loaded is not-found (404), a caller without the CPT permission is forbidden
    /// (403), a server still loading is transient (503); anything else is a fixed exception message (500).
    /// </summary>
    public static FhirError From(Exception exception) => exception switch
    {
        FhirError fhir => fhir,
        InvalidRequestException invalid => Invalid(invalid.Message),
        CodeNotFoundException => NotFound(exception.Message),
        ReleaseNotLoadedException => NotFound(exception.Message),
        PermissionDeniedException => new(OperationOutcome.IssueType.Forbidden, StatusCodes.Status403Forbidden, exception.Message),
        ServiceNotReadyException => new(OperationOutcome.IssueType.Transient, StatusCodes.Status503ServiceUnavailable, exception.Message),
        global::Grpc.Core.RpcException { StatusCode: global::Grpc.Core.StatusCode.ResourceExhausted } rpc =>
            new(OperationOutcome.IssueType.Throttled, StatusCodes.Status429TooManyRequests, rpc.Status.Detail),
        _ => new(OperationOutcome.IssueType.Exception, StatusCodes.Status500InternalServerError, InternalMessage),
    };

    /// <summary>True for exceptions mapped on purpose (not bugs to log).</summary>
    public static bool IsExpected(Exception exception) =>
        exception is FhirError or global::Grpc.Core.RpcException || Grpc.ErrorMapping.IsExpected(exception);

    public OperationOutcome ToOutcome() => new()
    {
        Issue =
        [
            new OperationOutcome.IssueComponent
            {
                Severity = HttpStatus >= 500 ? OperationOutcome.IssueSeverity.Fatal : OperationOutcome.IssueSeverity.Error,
                Code = Type,
                Diagnostics = Message,
            },
        ],
    };
}
