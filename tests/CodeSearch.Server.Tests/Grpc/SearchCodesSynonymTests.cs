using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>SearchCodes results found through index and inclusion terms name the term (matched_synonym).</summary>
[Collection(SampleServerCollection.Name)]
public class SearchCodesSynonymTests(SampleServer server)
{
    private Task<SearchCodesResponse> Search(string query) => server.Client.SearchCodesAsync(new SearchCodesRequest { Query = query }).ResponseAsync;

    [Fact]
    public async Task SearchCodes_InfarctHeart_I219WithTheIndexTerm()
    {
        // "heart" stands in the index term Infarct › heart only ("attack heart" is read as the lay term heart attack).
        var first = (await Search("infarct heart")).Results[0];

        Assert.Equal(("I21.9", "TEXT", "Infarct, infarction heart"), (first.Code.Code_, first.MatchType, first.MatchedSynonym));
    }

    [Fact]
    public async Task SearchCodes_DescriptionMatch_NoMatchedSynonym()
    {
        var response = await Search("type 2 diabetes");

        Assert.NotEmpty(response.Results);
        Assert.All(response.Results, r => Assert.Equal("", r.MatchedSynonym));
    }
}
