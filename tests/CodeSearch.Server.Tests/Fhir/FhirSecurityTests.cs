// Firely's model is nullable throughout; the tests assert on the values they read.
#nullable disable warnings
using System.Net;
using CodeSearch.Server.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using static CodeSearch.Server.Tests.Fhir.FhirClients;
using Task = System.Threading.Tasks.Task;

namespace CodeSearch.Server.Tests.Fhir;

/// <summary>The FHIR door keeps the gRPC surface's authentication, CPT rule and access log.</summary>
[Collection(HttpServerCollection.Name)]
public class FhirSecurityTests(HttpServer server)
{
    [Fact]
    public async Task Lookup_NoCredentials_401LoginOutcome()
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => For(server.Factory, apiKey: null)
            .TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("E11.9"))), useGet: true));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.Status);
        Assert.Equal(OperationOutcome.IssueType.Login, Assert.Single(ex.Outcome!.Issue).Code);
    }

    [Fact]
    public async Task Metadata_NoCredentials_Answers()
    {
        var capabilities = await For(server.Factory, apiKey: null).CapabilityStatementAsync();

        Assert.NotNull(capabilities);
    }

    [Fact]
    public async Task Lookup_CptWithoutPermission_403Forbidden()
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => For(server.Factory)
            .TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Cpt)), ("code", new Code("00001"))), useGet: true));

        Assert.Equal(HttpStatusCode.Forbidden, ex.Status);
        Assert.Equal(OperationOutcome.IssueType.Forbidden, Assert.Single(ex.Outcome!.Issue).Code);
    }

    [Fact]
    public async Task Expand_CptWithoutPermission_403()
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => For(server.Factory)
            .TypeOperationAsync<ValueSet>("expand", With(("url", new FhirUri(Cpt + "?fhir_vs")), ("filter", new FhirString("sample"))), useGet: true));

        Assert.Equal(HttpStatusCode.Forbidden, ex.Status);
    }

    [Fact]
    public async Task Lookup_CptWithPermission_Answers()
    {
        var result = (Parameters)(await For(server.Factory, Callers.BillingKey)
            .TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Cpt)), ("code", new Code("00001"))), useGet: true))!;

        Assert.Contains("Sample procedure one", Single<FhirString>(result, "display").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeSystemSearch_WithoutCptPermission_LeavesCptOut()
    {
        var bundle = await For(server.Factory).SearchAsync<CodeSystem>([]);

        Assert.DoesNotContain(bundle!.Entry, e => ((CodeSystem)e.Resource).Url == Cpt);
    }

    [Fact]
    public async Task Lookup_WritesAccessLogLine()
    {
        await For(server.Factory).TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("I10"))), useGet: true);

        Assert.True(await server.Logs.EventuallyAsync(l => l.Contains("[3001]", StringComparison.Ordinal) && l.Contains("/fhir/CodeSystem/$lookup", StringComparison.Ordinal)),
            "no access-log line for the FHIR $lookup");
    }

    [Fact]
    public async Task Post_NotParameters_400Invalid()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/fhir/CodeSystem/$lookup")
        {
            Content = new StringContent("{\"resourceType\":\"Patient\",\"name\":[{\"text\":\"x\"}]", System.Text.Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.Add("x-api-key", Callers.AliceKey);
        using var response = await server.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"OperationOutcome\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"x\"", body, StringComparison.Ordinal);
    }
}
