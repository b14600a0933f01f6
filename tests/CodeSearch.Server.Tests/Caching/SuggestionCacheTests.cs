using CodeSearch.Core;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Suggestions.Engine;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.Caching;

/// <summary>Suggestions are cached only with CodeSearch:Cache:CacheSuggestions, under HMAC keys that never hold the note.</summary>
public class SuggestionCacheTests
{
    [Fact]
    public void For_SameRequest_SameKeyWithoutTheNote()
    {
        var keys = new SuggestionCacheKeys();
        var marker = "PHI" + Guid.NewGuid().ToString("N");
        var request = new SuggestionRequest { Text = $"Assessment: {marker} has HTN.", Systems = [CodeSystemId.Icd10Cm] };

        var key = keys.For("gen-1", request);

        Assert.Equal(key, keys.For("gen-1", request with { }));
        Assert.DoesNotContain(marker, key, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("HTN", key, StringComparison.Ordinal);
        Assert.NotEqual(key, keys.For("gen-2", request));
        Assert.NotEqual(key, keys.For("gen-1", request with { Text = request.Text + " " }));
        Assert.NotEqual(key, keys.For("gen-1", request with { MaxResults = 5 }));
        Assert.NotEqual(key, new SuggestionCacheKeys().For("gen-1", request)); // the HMAC key is random per process
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 1)]
    public async Task SuggestCodes_SameNoteTwice_EngineRunsOnceOnlyWhenCaching(bool cacheSuggestions, int engineRuns)
    {
        var suggester = new FakeCodeSuggester();
        using var factory = new ConfiguredServerFactory(
            new Dictionary<string, string?> { ["CodeSearch:Cache:CacheSuggestions"] = cacheSuggestions ? "true" : "false" }, suggester);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var request = new SuggestCodesRequest { Text = SuggestionSamples.Note };

        var first = await factory.Suggestions.SuggestCodesAsync(request);
        var second = await factory.Suggestions.SuggestCodesAsync(request);

        Assert.Equal(first, second);
        Assert.Equal(engineRuns, suggester.Requests.Count(r => r.Text == SuggestionSamples.Note));
    }
}
