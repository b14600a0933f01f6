using CodeSearch.Server.Hosting;
using CodeSearch.Server.Limits;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// Runs one FHIR request as gRPC calls run: the caller's rate-limit and in-flight permits first, the served index
/// generation leased for the call, then the operation; its result as FHIR JSON, or any error as an OperationOutcome
/// (<see cref="FhirError"/>), never a stack trace. Unexpected errors are logged (event 4501).
/// </summary>
internal sealed partial class FhirDoor(CallLimiters limiters, ServedIndexProvider indexes, ILogger<FhirDoor> logger)
{
    /// <param name="http">The request.</param>
    /// <param name="operation">Names the operation in limits and logs, e.g. "CodeSystem/$lookup".</param>
    /// <param name="work">The operation: a resource, or an already serialized one (cached expansions).</param>
    public async Task RunAsync(HttpContext http, string operation, Func<Task<object>> work)
    {
        byte[] body;
        var status = StatusCodes.Status200OK;
        try
        {
            using var permits = await limiters.AcquireAsync(http, "/fhir/" + operation, http.RequestAborted);
            using var lease = indexes.Acquire();
            var result = await work();
            body = result as byte[] ?? FhirJson.Serialize((Resource)result);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            if (!FhirError.IsExpected(ex)) Unexpected(logger, operation, ex);
            var error = FhirError.From(ex);
            status = error.HttpStatus;
            body = FhirJson.Serialize(error.ToOutcome());
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = FhirJson.ContentType;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>Reads the operation's inputs: the query string for GET, a Parameters body for POST.</summary>
    public static async Task<FhirInput> InputAsync(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
            ? FhirInput.FromParameters(await FhirJson.ReadParametersAsync(http.Request, http.RequestAborted))
            : FhirInput.FromQuery(http.Request.Query);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Error, Message = "Unexpected error in FHIR {Operation}")]
    private static partial void Unexpected(ILogger logger, string operation, Exception exception);
}
