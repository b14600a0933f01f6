using System.Net;
using System.Text.RegularExpressions;
using CodeSearch.Workbench.Tests.Support;

namespace CodeSearch.Workbench.Tests;

/// <summary>The page's files as the server serves them: where, with which headers, and referring to no other host.</summary>
public partial class WorkbenchServingTests(SampleWorkbenchServer server) : IClassFixture<SampleWorkbenchServer>
{
    private static readonly string[] Assets =
        ["index.html", "workbench.css", "favicon.svg", "js/app.js", "js/api.js", "js/dom.js", "js/note.js", "js/claim.js",
         "js/lookup.js", "js/codepage.js", "js/indexlookup.js", "js/export.js"];

    // Identifiers that look like URLs but are never requested: FHIR code system URIs and the SVG namespace.
    private static readonly string[] NotRequested =
    [
        "http://hl7.org/fhir/sid/icd-10-cm", "http://www.cms.gov/Medicare/Coding/ICD10",
        "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "http://www.ama-assn.org/go/cpt", "http://www.w3.org/2000/svg",
    ];

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.BaseUrl) };

    [Theory]
    [InlineData("/")]
    [InlineData("/workbench")]
    public async Task Root_RedirectsToWorkbench(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/workbench/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Workbench_EveryAsset_ServedWithTypeCspAndNoOtherHost()
    {
        using var client = Client();
        foreach (var asset in Assets)
        {
            using var response = await client.GetAsync("/workbench/" + asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var text = await response.Content.ReadAsStringAsync();
            foreach (Match url in UrlPattern().Matches(text))
            {
                Assert.True(NotRequested.Contains(url.Value), $"{asset} refers to another host: {url.Value}");
            }
        }
    }

    [Fact]
    public async Task Workbench_SameETag_NotModified()
    {
        using var client = Client();
        using var first = await client.GetAsync("/workbench/js/app.js");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/workbench/js/app.js");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/workbench/nope.js")]
    [InlineData("/workbench/../appsettings.json")]
    [InlineData("/workbench/js/")]
    public async Task Workbench_UnknownAsset_NotFound(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"https?://[^\s""'`)<>]+")]
    private static partial Regex UrlPattern();
}
