using System.Text.RegularExpressions;
using CodeSearch.Server.Telemetry;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Telemetry;

/// <summary>The Prometheus endpoint on its own port serves the RPC, refusal, cache and index series after real calls.</summary>
public partial class PrometheusEndpointTests : IAsyncLifetime
{
    private TelemetryServerFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new TelemetryServerFactory(new Dictionary<string, string?>
        {
            // Six calls per caller, then RESOURCE_EXHAUSTED (rate_limited); health is exempt.
            ["CodeSearch:Limits:RateLimit:Enabled"] = "true",
            ["CodeSearch:Limits:RateLimit:Burst"] = "6",
            ["CodeSearch:Limits:RateLimit:PermitsPerPeriod"] = "1",
            ["CodeSearch:Limits:RateLimit:PeriodSeconds"] = "3600",
        });
        await _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Scrape_AfterRealCalls_ServesRpcRefusalCacheIndexAndSuggestionStageSeries()
    {
        var get = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" };
        await _factory.Client.GetCodeAsync(get);
        await _factory.Client.GetCodeAsync(get); // the same request again: a cache hit
        await _factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = "diabetes" });
        await FailsWith(StatusCode.InvalidArgument, () => _factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = "" }).ResponseAsync);
        var systems = await _factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());
        var suggested = await new CodingSuggestions.CodingSuggestionsClient(_factory.Channel)
            .SuggestCodesAsync(new SuggestCodesRequest { Text = "Pt with HTN and T2DM, denies chest pain" });
        Assert.NotEmpty(suggested.Suggestions);
        await FailsWith(StatusCode.ResourceExhausted, () => _factory.Client.GetCodeAsync(get).ResponseAsync);

        var text = await ScrapeAsync();

        Assert.Matches(Series("codesearch_rpc_server_duration_seconds_bucket", "rpc_grpc_status_code=\"0\"", "rpc_method=\"GetCode\"", "rpc_service=\"codesearch.v1.CodeLookup\""), text);
        Assert.Matches(Series("codesearch_rpc_server_duration_seconds_count", "rpc_grpc_status_code=\"0\"", "rpc_method=\"GetCode\"") + @" 2\b", text);
        Assert.Matches(Series("codesearch_rpc_server_duration_seconds_count", "rpc_grpc_status_code=\"3\"", "rpc_method=\"SearchCodes\"") + @" 1\b", text);
        Assert.Matches(Series("codesearch_rpc_server_duration_seconds_count", "rpc_grpc_status_code=\"8\"", "rpc_method=\"GetCode\"") + @" 1\b", text);
        Assert.Matches(Series("codesearch_rpc_server_refused_total", "reason=\"rate_limited\"", "rpc_method=\"GetCode\"") + @" 1\b", text);
        Assert.Matches(Series("codesearch_cache_hits_total") + @" [1-9]", text);
        Assert.Matches(Series("codesearch_cache_misses_total") + @" [1-9]", text);
        Assert.Matches(Series("codesearch_index_generation", $"generation=\"{Regex.Escape(systems.IndexGeneration)}\"") + @" 1\b", text);
        foreach (var loaded in systems.Releases)
        {
            Assert.Matches(Series("codesearch_index_release", $"release=\"{Regex.Escape(loaded.Release.ReleaseId)}\"") + @" 1\b", text);
        }
        foreach (var stage in new[] { "dictionary", "read", "mentions", "assertion", "candidates", "rank", "answer" })
        {
            Assert.Matches(Series("codesearch_suggest_stage_duration_seconds_count", $"stage=\"{stage}\"") + @" 1\b", text);
            Assert.Matches(Series("codesearch_suggest_stage_duration_seconds_bucket", $"stage=\"{stage}\"", "le=\"+Inf\"") + @" 1\b", text);
        }
        Assert.Matches(Series("codesearch_index_phase", "phase=\"serving\"", "last_error=\"none\"") + @" 1\b", text);
        Assert.Matches(@"(?m)^codesearch_index_draining(\{[^}]*\})? 0\b", text);
        Assert.DoesNotContain("diabetes", text, StringComparison.OrdinalIgnoreCase); // request content never becomes a label
        Assert.DoesNotContain("HTN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("chest", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetCode_Answer_CarriesTheServedGenerationInATrailer()
    {
        var systems = await _factory.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());
        using var call = _factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
        await call.ResponseAsync;

        Assert.Equal(systems.IndexGeneration, call.GetTrailers().GetValue(IndexGenerationInterceptor.TrailerName));
    }

    private async Task<string> ScrapeAsync()
    {
        var address = _factory.Services.GetRequiredService<PrometheusEndpoint>().Address;
        Assert.NotNull(address);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(new Uri(address), "/metrics"));
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A sample line of the series with every given label, in any order among others.</summary>
    private static string Series(string name, params string[] labels) =>
        "(?m)^" + Regex.Escape(name) + @"\{" + string.Concat(labels.Select(l => "(?=[^}]*" + Regex.Escape(l) + ")")) + @"[^}]*\}";
}
