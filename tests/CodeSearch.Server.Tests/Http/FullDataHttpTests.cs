using System.Text.Json;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.Http;

/// <summary>The "done when" checks over HTTP/1.1, on a Production server over the official files.</summary>
[Trait("Category", "FullData")]
public sealed class FullDataHttpTests(FullDataTwoPortServer server) : IClassFixture<FullDataTwoPortServer>
{
    private readonly TwoPortServerFactory _factory = server.Factory;

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await _factory.Http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Parameter(JsonElement parameters, string name) =>
        parameters.GetProperty("parameter").EnumerateArray().First(p => p.GetProperty("name").GetString() == name);

    [Fact]
    public async Task DoneWhen_AllChecks()
    {
        var code = await GetAsync("/v1/systems/ICD10CM/codes/E11.9");
        Assert.Equal("Type 2 diabetes mellitus without complications", code.GetProperty("description").GetString());
        Assert.True(code.GetProperty("notes").GetArrayLength() > 0);

        var lookup = await GetAsync("/fhir/CodeSystem/$lookup?system=http://hl7.org/fhir/sid/icd-10-cm&code=E11.9");
        Assert.Equal("Parameters", lookup.GetProperty("resourceType").GetString());
        Assert.Equal("Type 2 diabetes mellitus without complications", Parameter(lookup, "display").GetProperty("valueString").GetString());
        Assert.Contains(lookup.GetProperty("parameter").EnumerateArray(), p => p.GetProperty("name").GetString() == "property"
            && p.GetProperty("part")[0].GetProperty("valueCode").GetString() == "parent" && p.GetProperty("part")[1].GetProperty("valueCode").GetString() == "E11");

        var validation = await GetAsync("/fhir/CodeSystem/$validate-code?url=http://hl7.org/fhir/sid/icd-10-cm&code=E11");
        Assert.False(Parameter(validation, "result").GetProperty("valueBoolean").GetBoolean());
        Assert.Contains("not billable", Parameter(validation, "message").GetProperty("valueString").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoneWhen_ExpandHeartAttack_I21First()
    {
        var expansion = await GetAsync("/fhir/ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm?fhir_vs&filter=heart%20attack&count=5");

        var codes = expansion.GetProperty("expansion").GetProperty("contains").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
        Assert.Equal(5, codes.Count);
        Assert.StartsWith("I21", codes[0], StringComparison.Ordinal);
    }
}

/// <summary>One two-port Production server over the official files, with its own index build, for the class.</summary>
public sealed class FullDataTwoPortServer : IAsyncLifetime
{
    public TwoPortServerFactory Factory { get; } = new(environment: "Production", sourceDirectory: TestPaths.SharedCodesets);

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromMinutes(5));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
