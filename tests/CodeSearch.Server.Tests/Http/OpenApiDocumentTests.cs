using System.Text.Json;
using CodeSearch.Server.Tests.Support;

namespace CodeSearch.Server.Tests.Http;

/// <summary>The served OpenAPI document lists every route, and real responses conform to the schemas it gives.</summary>
[Collection(HttpServerCollection.Name)]
public class OpenApiDocumentTests(HttpServer server)
{
    public static readonly TheoryData<string, string> Routes = new()
    {
        { "get", "/v1/systems/{system}/codes/{code}" },
        { "post", "/v1/codes:batchGet" },
        { "get", "/v1/codes:search" },
        { "post", "/v1/codes:validate" },
        { "get", "/v1/index:search" },
        { "get", "/v1/systems" },
        { "post", "/v1/suggestions" },
    };

    private async Task<JsonElement> DocumentAsync()
    {
        using var response = await server.Http.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Document_ListsRoute(string method, string path)
    {
        var document = await DocumentAsync();

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var item), $"{path} missing");
        Assert.True(item.TryGetProperty(method, out _), $"{method} {path} missing");
    }

    [Fact]
    public async Task Document_SuggestionsTakeNoteOnlyInBody()
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/v1/suggestions").GetProperty("post");

        Assert.True(operation.TryGetProperty("requestBody", out _));
        Assert.False(operation.TryGetProperty("parameters", out var parameters) && parameters.GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("get", "/v1/systems/{system}/codes/{code}", "/v1/systems/ICD10CM/codes/E11.9", null)]
    [InlineData("get", "/v1/codes:search", "/v1/codes:search?query=diabetes&page_size=3", null)]
    [InlineData("get", "/v1/index:search", "/v1/index:search?query=diabetes", null)]
    [InlineData("get", "/v1/systems", "/v1/systems", null)]
    [InlineData("post", "/v1/codes:validate", "/v1/codes:validate", "{\"system\":\"ICD10CM\",\"codes\":[\"E11\",\"E11.9\"]}")]
    [InlineData("post", "/v1/codes:batchGet", "/v1/codes:batchGet", "{\"requests\":[{\"system\":\"ICD10CM\",\"code\":\"E11.9\"}]}")]
    [InlineData("post", "/v1/suggestions", "/v1/suggestions", "{\"text\":\"type 2 diabetes mellitus\"}")]
    public async Task Response_ConformsToDocumentedSchema(string method, string route, string url, string? body)
    {
        var document = await DocumentAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        request.Headers.Add("x-api-key", Callers.AliceKey);
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await server.Http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, json.ToString());

        var schema = document.GetProperty("paths").GetProperty(route).GetProperty(method).GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var problems = new List<string>();
        SchemaCheck.Conforms(json, schema, document, "$", problems);

        Assert.Empty(problems);
    }
}

/// <summary>A small structural check of a JSON value against an OpenAPI 3.0 schema: types, known properties, $refs.</summary>
internal static class SchemaCheck
{
    public static void Conforms(JsonElement value, JsonElement schema, JsonElement document, string path, List<string> problems)
    {
        schema = Resolve(schema, document);
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray()) Conforms(value, part, document, path, problems);
            return;
        }
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                if (type is not (null or "object")) { problems.Add($"{path}: object where {type} is documented"); return; }
                if (!schema.TryGetProperty("properties", out var properties)) return; // free-form (google.protobuf.Any and the like)
                foreach (var property in value.EnumerateObject())
                {
                    if (properties.TryGetProperty(property.Name, out var propertySchema)) Conforms(property.Value, propertySchema, document, $"{path}.{property.Name}", problems);
                    else problems.Add($"{path}.{property.Name}: not in the documented schema");
                }
                break;
            case JsonValueKind.Array:
                if (type != "array") { problems.Add($"{path}: array where {type} is documented"); return; }
                var i = 0;
                foreach (var item in value.EnumerateArray()) Conforms(item, schema.GetProperty("items"), document, $"{path}[{i++}]", problems);
                break;
            case JsonValueKind.String:
                // proto3 JSON writes 64-bit integers as strings.
                var int64 = type == "integer" && schema.TryGetProperty("format", out var f) && f.GetString() == "int64";
                if (type != "string" && !int64) problems.Add($"{path}: string where {type} is documented");
                if (type == "string" && schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
                {
                    problems.Add($"{path}: '{value.GetString()}' is not a documented enum value");
                }
                break;
            case JsonValueKind.Number:
                if (type is not ("integer" or "number")) problems.Add($"{path}: number where {type} is documented");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                if (type != "boolean") problems.Add($"{path}: boolean where {type} is documented");
                break;
        }
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement document)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/components/schemas/".Length..];
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }
        return schema;
    }
}
