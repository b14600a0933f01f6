using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>SearchCodes results found through index and inclusion terms name the term (matched_synonym).</summary>
[Collection(SampleServerCollection.Name)]
public class SearchCodesSynonymTests(SampleServer server)
{
    private Task<SearchCodesResponse> Search(string query) => server.Client.SearchCodesAsync(new SearchCodesRequest { Query = query }).ResponseAsync;

    [Fact]
    public async Task SearchCodes_AttackHeart_I219WithTheIndexTerm()
    {
        var first = (await Search("attack heart")).Results[0]; // "heart attack" is read as "myocardial infarction"

        Assert.Equal(("I21.9", "TEXT", "Attack, attacks heart"), (first.Code.Code_, first.MatchType, first.MatchedSynonym));
    }

    [Fact]
    public async Task SearchCodes_DescriptionMatch_NoMatchedSynonym()
    {
        var response = await Search("type 2 diabetes");

        Assert.NotEmpty(response.Results);
        Assert.All(response.Results, r => Assert.Equal("", r.MatchedSynonym));
    }
}
