using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using static CodeSearch.Server.Tests.BadInput.ServerChecks;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>SearchIndex under bad input: each case gets a clear status, and the server stays healthy after it.</summary>
[Collection(SampleServerCollection.Name)]
public class SearchIndexBadInputTests(SampleServer server)
{
    private Task<SearchIndexResponse> Search(SearchIndexRequest request) =>
        server.Client.SearchIndexAsync(request, deadline: Deadline()).ResponseAsync;

    private Task Healthy() => AssertHealthyAsync(server.Factory.Channel);

    [Theory]
    [MemberData(nameof(BadStrings.Names), MemberType = typeof(BadStrings))]
    public async Task SearchIndex_TextThatBreaksNaiveCode_AnsweredAsPlainText(string name)
    {
        var response = await Search(new SearchIndexRequest { Query = BadStrings.Cases[name] });

        Assert.All(response.Matches, m => Assert.NotEmpty(m.Entry.Path));
        await Healthy();
    }

    [Theory]
    [MemberData(nameof(BadStrings.BlankNames), MemberType = typeof(BadStrings))]
    public async Task SearchIndex_EmptyOrWhiteSpaceOnly_InvalidArgumentOnQuery(string name)
    {
        await FailsOnField("query", () => Search(new SearchIndexRequest { Query = BadStrings.Blank[name] }));
        await Healthy();
    }

    [Theory]
    [InlineData(257)]
    [InlineData(1_000_000)]
    public async Task SearchIndex_OversizedSingleToken_InvalidArgumentOnQuery(int length)
    {
        await FailsOnField("query", () => Search(new SearchIndexRequest { Query = new string('x', length) }));
        await Healthy();
    }

    [Fact]
    public async Task SearchIndex_HundredThousandNewlines_InvalidArgumentOnQuery()
    {
        await FailsOnField("query", () => Search(new SearchIndexRequest { Query = "neoplasm" + new string('\n', 100_000) + "liver" }));
        await Healthy();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(51)]
    [InlineData(int.MaxValue)]
    public async Task SearchIndex_PageSizeNegativeOrHuge_InvalidArgumentOnPageSize(int pageSize)
    {
        await FailsOnField("page_size", () => Search(new SearchIndexRequest { Query = "hypertension", PageSize = pageSize }));
        await Healthy();
    }

    [Theory]
    [InlineData(99)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task SearchIndex_UnknownIndexKind_InvalidArgumentOnIndex(int index)
    {
        await FailsOnField("index", () => Search(new SearchIndexRequest { Query = "hypertension", Index = (IndexKind)index }));
        await Healthy();
    }
}
