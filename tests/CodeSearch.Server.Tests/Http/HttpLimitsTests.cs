using System.Net;
using System.Text.Json;
using CodeSearch.Server.Tests.Support;

namespace CodeSearch.Server.Tests.Http;

/// <summary>Transcoded calls take the same rate-limit permits as gRPC calls and are refused the same way.</summary>
public sealed class HttpLimitsTests : IDisposable
{
    private readonly TwoPortServerFactory _factory = new(new Dictionary<string, string?>
    {
        ["CodeSearch:Limits:RateLimit:Enabled"] = "true",
        ["CodeSearch:Limits:RateLimit:Burst"] = "2",
        ["CodeSearch:Limits:RateLimit:PermitsPerPeriod"] = "1",
        ["CodeSearch:Limits:RateLimit:PeriodSeconds"] = "3600",
    });

    [Fact]
    public async Task TranscodedCalls_OverRateLimit_429WithResourceExhausted()
    {
        await _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var statuses = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 4; i++)
        {
            using var response = await _factory.Http.GetAsync("/v1/systems/ICD10CM/codes/E11.9");
            statuses.Add(response.StatusCode);
            last = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(8, JsonDocument.Parse(last).RootElement.GetProperty("code").GetInt32());
    }

    public void Dispose() => _factory.Dispose();
}
