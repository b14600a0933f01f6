using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CodeSearch.Server.Fhir;

/// <summary>FHIR JSON in and out (Firely's System.Text.Json converters for R4).</summary>
internal static class FhirJson
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static byte[] Serialize(Resource resource) => JsonSerializer.SerializeToUtf8Bytes(resource, Options);

    /// <summary>A Parameters resource from a request body, or an invalid outcome.</summary>
    public static async Task<Parameters> ReadParametersAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        Resource? resource;
        try
        {
            resource = await JsonSerializer.DeserializeAsync<Resource>(request.Body, Options, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or DeserializationFailedException or NotSupportedException)
        {
            // The parser's messages can quote the body; only the fact is returned.
            throw FhirError.Invalid("The body is not a FHIR JSON Parameters resource.");
        }
        return resource as Parameters ?? throw FhirError.Invalid($"The body must be a Parameters resource, not {resource?.TypeName ?? "empty"}.");
    }
}
