using System.Net;
using System.Text;
using System.Text.Json;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;

namespace CodeSearch.Server.Tests.Http;

/// <summary>
/// Runs every <c>curl</c> example of docs/http.md and docs/fhir.md against a sample server (auth off): each answers
/// JSON with 200, or with the status a <c># NNN</c> comment line just above it names.
/// </summary>
public sealed class DocExamplesTests : IAsyncLifetime
{
    private readonly TwoPortServerFactory _factory = new();

    public Task InitializeAsync() => _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var doc in new[] { "http.md", "fhir.md" })
        {
            var expected = 200;
            foreach (var line in File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "docs", doc)))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal) && int.TryParse(line[2..].Trim(), out var status)) expected = status;
                if (!line.StartsWith("curl ", StringComparison.Ordinal)) continue;
                data.Add(doc, line, expected);
                expected = 200;
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_AnswersAsDocumented(string doc, string command, int expected)
    {
        using var request = Parse(command, _factory.HttpAddress);
        using var response = await _factory.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode == expected, $"{doc}: {command} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        if (request.RequestUri!.AbsolutePath.StartsWith("/fhir/", StringComparison.Ordinal)) Assert.True(json.RootElement.TryGetProperty("resourceType", out _));
    }

    [Fact]
    public void Examples_CoverBothDocs()
    {
        var docs = Examples().Select(row => (string)row[0]).Distinct();

        Assert.Equal(["http.md", "fhir.md"], docs);
    }

    /// <summary>A curl command line of the docs (single-quoted words, -X, -H, -d) as a request to <paramref name="server"/>.</summary>
    private static HttpRequestMessage Parse(string command, Uri server)
    {
        var words = Words(command);
        var method = HttpMethod.Get;
        string? url = null;
        string? body = null;
        var headers = new List<(string, string)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-X": method = new HttpMethod(words[++i]); break;
                case "-H": var header = words[++i].Split(':', 2); headers.Add((header[0].Trim(), header[1].Trim())); break;
                case "-d": body = words[++i]; break;
                default: url = words[i]; break;
            }
        }
        var target = new Uri(url!.Replace("http://localhost:5080", server.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        var request = new HttpRequestMessage(method, target) { Version = HttpVersion.Version11 };
        var contentType = headers.FirstOrDefault(h => h.Item1.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Item2;
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, (contentType ?? "application/json").Split(';')[0]);
        foreach (var (name, value) in headers.Where(h => !h.Item1.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))) request.Headers.Add(name, value);
        return request;
    }

    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '\'') { quoted = !quoted; continue; }
            if (c == ' ' && !quoted)
            {
                if (current.Length > 0) words.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
