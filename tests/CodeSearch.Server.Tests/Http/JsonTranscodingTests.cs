using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CodeSearch.Server.Tests.Support;

namespace CodeSearch.Server.Tests.Http;

/// <summary>
/// The JSON form of the API over plain HTTP/1.1: every unary RPC at its google.api.http route, with the gRPC
/// surface's authentication, CPT rule, errors (google.rpc.Status with details, as JSON) and access log.
/// </summary>
[Collection(HttpServerCollection.Name)]
public class JsonTranscodingTests(HttpServer server)
{
    private static HttpRequestMessage Request(HttpMethod method, string path, string key = Callers.AliceKey, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key.Length > 0) request.Headers.Add("x-api-key", key);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }

    private async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(HttpRequestMessage request)
    {
        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task GetCode_SystemAndCodeInPath_ReturnsCode()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems/ICD10CM/codes/e119"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("E11.9", json.GetProperty("code").GetString());
        Assert.Equal("ICD10CM", json.GetProperty("system").GetString());
        Assert.Equal("E11", json.GetProperty("parents")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetCode_DateOfServiceAsQueryParameters_PicksRelease()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get,
            "/v1/systems/ICD10CM/codes/E11.9?date_of_service.year=2026&date_of_service.month=3&date_of_service.day=1"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("FY2026", json.GetProperty("release").GetProperty("releaseId").GetString());
    }

    [Fact]
    public async Task GetCode_NoCredentials_401WithUnauthenticatedStatus()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems/ICD10CM/codes/E11.9", key: ""));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(16, json.GetProperty("code").GetInt32());
        Assert.Contains("Authentication required", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCode_UnknownCode_404WithNotFoundStatus()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems/ICD10CM/codes/E11.99"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(5, json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task GetCode_MalformedCode_400WithBadRequestDetails()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems/ICD10CM/codes/%21%21"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(3, json.GetProperty("code").GetInt32());
        var detail = Assert.Single(json.GetProperty("details").EnumerateArray());
        Assert.Equal("type.googleapis.com/google.rpc.BadRequest", detail.GetProperty("@type").GetString());
        Assert.Equal("code", detail.GetProperty("fieldViolations")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task GetCode_CptWithoutPermission_403WithPermissionDenied()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems/CPT/codes/00001"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(7, json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task GetCode_CptWithPermission_ReturnsDescriptor()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems/CPT/codes/00001", key: Callers.BillingKey));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("00001", json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task SearchCodes_QueryParameters_ReturnsPage()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/codes:search?query=diabetes&systems=ICD10CM&page_size=2&billable_only=true"));

        Assert.Equal(HttpStatusCode.OK, status);
        var results = json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.GetProperty("code").GetProperty("billable").GetBoolean()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("nextPageToken").GetString()));
    }

    [Fact]
    public async Task SearchCodes_CptWithoutPermission_403()
    {
        var (status, _) = await SendAsync(Request(HttpMethod.Get, "/v1/codes:search?query=sample&systems=CPT"));

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task ValidateCodes_Header_NotBillableWithReason()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Post, "/v1/codes:validate", body: new { system = "ICD10CM", codes = new[] { "E11", "E11.9" } }));

        Assert.Equal(HttpStatusCode.OK, status);
        var results = json.GetProperty("results");
        Assert.Equal("VALIDATION_STATUS_HEADER_NOT_BILLABLE", results[0].GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(results[0].GetProperty("message").GetString()));
        Assert.Equal("VALIDATION_STATUS_VALID", results[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ValidateCodes_NotJson_400WithInvalidArgument()
    {
        var request = Request(HttpMethod.Post, "/v1/codes:validate");
        request.Content = new StringContent("{\"system\":", System.Text.Encoding.UTF8, "application/json");
        var (status, json) = await SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(3, json.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task BatchGetCodes_Body_OneResultPerRequest()
    {
        var body = new { requests = new object[] { new { system = "ICD10CM", code = "E11.9" }, new { system = "ICD10CM", code = "E11.99" } } };
        var (status, json) = await SendAsync(Request(HttpMethod.Post, "/v1/codes:batchGet", body: body));

        Assert.Equal(HttpStatusCode.OK, status);
        var results = json.GetProperty("results");
        Assert.Equal("E11.9", results[0].GetProperty("code").GetProperty("code").GetString());
        Assert.Equal(5, results[1].GetProperty("error").GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task ListCodeSystems_ReturnsLoadedReleases()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/systems"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(json.GetProperty("releases").EnumerateArray(), r => r.GetProperty("release").GetProperty("system").GetString() == "ICD10CM");
    }

    [Fact]
    public async Task SearchIndex_Query_ReturnsMatches()
    {
        var (status, json) = await SendAsync(Request(HttpMethod.Get, "/v1/index:search?query=diabetes"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(json.GetProperty("matches").GetArrayLength() > 0);
    }

    [Fact]
    public async Task SuggestCodes_NoteInBody_SuggestsAndNeverLogsTheNote()
    {
        const string note = "Assessment: type 2 diabetes mellitus without complications, zebra-marker-4711.";
        var (status, json) = await SendAsync(Request(HttpMethod.Post, "/v1/suggestions", body: new { text = note }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(json.GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("code").GetProperty("code").GetString()!.StartsWith("E11", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("zebra-marker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_NoteInUrl_NotRouted()
    {
        using var response = await server.Http.SendAsync(Request(HttpMethod.Get, "/v1/suggestions?text=chest%20pain"));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"got {response.StatusCode}");
    }

    [Fact]
    public async Task TranscodedCall_WritesAccessLogLine()
    {
        await SendAsync(Request(HttpMethod.Get, "/v1/systems/ICD10CM/codes/I10?marker=access-log-probe"));

        // The access log is written by a background writer a moment after the call (AccessLogOptions.FlushIntervalMilliseconds).
        static bool IsLine(string l) => l.Contains("[3001]", StringComparison.Ordinal) && l.Contains("/v1/systems/ICD10CM/codes/I10", StringComparison.Ordinal)
            && l.Contains("alice", StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!server.Logs.Lines.Any(IsLine) && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Contains(server.Logs.Lines, IsLine);
    }
}
