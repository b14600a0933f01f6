using CodeSearch.Server.Http;
using Grpc.Core;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace CodeSearch.Server.Fhir;

/// <summary>Refusals before the operation runs (authentication, authorization) as OperationOutcome resources.</summary>
internal sealed class FhirRefusals : IRefusalWriter
{
    public Task WriteAsync(HttpContext context, StatusCode code, string message)
    {
        var type = code switch
        {
            StatusCode.Unauthenticated => OperationOutcome.IssueType.Login,
            StatusCode.PermissionDenied => OperationOutcome.IssueType.Forbidden,
            StatusCode.ResourceExhausted => OperationOutcome.IssueType.Throttled,
            _ => OperationOutcome.IssueType.Exception,
        };
        var error = new FhirError(type, HttpRefusals.HttpStatusOf(code), message);
        context.Response.StatusCode = error.HttpStatus;
        context.Response.ContentType = FhirJson.ContentType;
        return context.Response.Body.WriteAsync(FhirJson.Serialize(error.ToOutcome())).AsTask();
    }
}
