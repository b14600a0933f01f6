using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

[Collection(SampleServerCollection.Name)]
public class SearchCodesTests(SampleServer server)
{
    private Task<SearchCodesResponse> Search(SearchCodesRequest request) => server.Client.SearchCodesAsync(request).ResponseAsync;

    private Task<SearchCodesResponse> Search(string query, int pageSize = 0) => Search(new SearchCodesRequest { Query = query, PageSize = pageSize });

    [Fact]
    public async Task SearchCodes_Type2Diabetes_E11CodesFirstAsText()
    {
        var response = await Search("type 2 diabetes");

        Assert.StartsWith("E11", response.Results[0].Code.CodeUndotted);
        Assert.All(response.Results, r => Assert.Equal("TEXT", r.MatchType));
        // Every code holding all the words comes first; the relaxed tier (docs/search.md) may only follow them.
        var full = response.Results.TakeWhile(r => r.Code.Description.StartsWith("Type 2 diabetes", StringComparison.Ordinal)).Count();
        Assert.True(full >= 5, $"only {full} leading Type 2 diabetes codes");
        Assert.DoesNotContain(response.Results.Skip(full), r => r.Code.Description.StartsWith("Type 2 diabetes", StringComparison.Ordinal));
        Assert.Equal(response.Results.Select(r => r.Score).OrderDescending(), response.Results.Select(r => r.Score));
    }

    [Fact]
    public async Task SearchCodes_Code_ExactThenPrefixMatches()
    {
        var response = await Search("e11");

        Assert.Equal(("E11", "EXACT_CODE"), (response.Results[0].Code.Code_, response.Results[0].MatchType));
        Assert.Equal(["E11.6", "E11.64", "E11.641", "E11.649", "E11.65", "E11.9", "E11.A"], response.Results.Skip(1).Select(r => r.Code.Code_));
        Assert.All(response.Results.Skip(1), r => Assert.Equal("CODE_PREFIX", r.MatchType));
    }

    [Fact]
    public async Task SearchCodes_HcpcsCode_ExactMatchFirstWithItsRelease()
    {
        var first = (await Search("J0696")).Results[0];

        Assert.Equal((CodeSystem.Hcpcs, "J0696", "EXACT_CODE"), (first.Code.System, first.Code.Code_, first.MatchType));
        Assert.Equal("2026-01", first.Code.Release.ReleaseId);
    }

    [Fact]
    public async Task SearchCodes_SystemsAndBillableOnly_Filtered()
    {
        var request = new SearchCodesRequest { Query = "diab", BillableOnly = true, Systems = { CodeSystem.Icd10Cm } };

        var response = await Search(request);

        Assert.NotEmpty(response.Results);
        Assert.All(response.Results, r => Assert.True(r.Code.Billable));
        Assert.All(response.Results, r => Assert.Equal(CodeSystem.Icd10Cm, r.Code.System));
    }

    [Fact]
    public async Task SearchCodes_SystemsInAnyOrder_SameResultsWhicheverIsCachedFirst()
    {
        // "J06" prefix-matches in both systems; cache keys and page tokens ignore the order of the systems.
        var hcpcsFirst = await Search(new SearchCodesRequest { Query = "J06", PageSize = 9, Systems = { CodeSystem.Hcpcs, CodeSystem.Icd10Cm } });
        var icdFirst = await Search(new SearchCodesRequest { Query = "J06", PageSize = 9, Systems = { CodeSystem.Icd10Cm, CodeSystem.Hcpcs } });
        var all = await Search(new SearchCodesRequest { Query = "J06", PageSize = 9 });

        Assert.Equal(["J06", "J06.9", "J0696"], all.Results.Select(r => r.Code.Code_));
        Assert.Equal(all.Results.Select(r => r.Code.Code_), hcpcsFirst.Results.Select(r => r.Code.Code_));
        Assert.Equal(all.Results.Select(r => r.Code.Code_), icdFirst.Results.Select(r => r.Code.Code_));
    }

    [Fact]
    public async Task SearchCodes_HcpcsTerminatedCode_OnlyFoundForDatesItWasValid()
    {
        var later = await Search(new SearchCodesRequest { Query = "irrigation", Systems = { CodeSystem.Hcpcs }, DateOfService = Date(2026, 2, 1) });
        var earlier = await Search(new SearchCodesRequest { Query = "irrigation", Systems = { CodeSystem.Hcpcs }, DateOfService = Date(2021, 6, 1) });

        Assert.Empty(later.Results);
        Assert.Equal(["A4397"], earlier.Results.Select(r => r.Code.Code_));
    }

    [Fact]
    public async Task SearchCodes_PageSizeZero_DefaultsToTwenty()
    {
        var response = await Search("o");

        Assert.Equal(20, response.Results.Count);
        Assert.NotEmpty(response.NextPageToken);
    }

    [Fact]
    public async Task SearchCodes_PagingWithTokens_AllResultsOnceInOrder()
    {
        var all = (await Search("o", 100)).Results.Select(r => $"{r.Code.System}:{r.Code.Code_}").ToList();
        Assert.True(all.Count > 10);
        var paged = new List<string>();
        var request = new SearchCodesRequest { Query = "o", PageSize = 4 };
        var pages = 0;
        do
        {
            var response = await Search(request);
            pages++;
            paged.AddRange(response.Results.Select(r => $"{r.Code.System}:{r.Code.Code_}"));
            request.PageToken = response.NextPageToken;
        } while (request.PageToken.Length > 0 && pages < 100);

        Assert.Equal(all, paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal((all.Count + 3) / 4, pages);
    }

    [Fact]
    public async Task SearchCodes_LastPage_NoNextToken()
    {
        var response = await Search("E11", 100);

        Assert.Equal(8, response.Results.Count);
        Assert.Equal("", response.NextPageToken);
    }

    [Fact]
    public async Task SearchCodes_TamperedToken_InvalidArgumentOnPageToken()
    {
        var token = (await Search("o", 5)).NextPageToken;
        var tampered = (token[3] == 'A' ? "B" : "A") is var c ? token[..3] + c + token[4..] : token;

        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "o", PageSize = 5, PageToken = tampered }));
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "o", PageSize = 5, PageToken = "not-a-token" }));
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "o", PageSize = 5, PageToken = new string('x', 500) }));
    }

    [Fact]
    public async Task SearchCodes_TokenWithADifferentQuery_InvalidArgumentOnPageToken()
    {
        var token = (await Search("o", 5)).NextPageToken;

        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "a", PageSize = 5, PageToken = token }));
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "o", PageSize = 6, PageToken = token }));
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "o", PageSize = 5, BillableOnly = true, PageToken = token }));
    }

    [Fact]
    public async Task SearchCodes_TokenWithTheSameQuerySpelledDifferently_Accepted()
    {
        var token = (await Search("o", 5)).NextPageToken;

        var response = await Search(new SearchCodesRequest { Query = " O", PageSize = 5, PageToken = token });

        Assert.NotEmpty(response.Results);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public async Task SearchCodes_PageSizeOutOfRange_InvalidArgumentOnPageSize(int pageSize)
    {
        await FailsOnField("page_size", () => Search("diabetes", pageSize));
    }

    [Fact]
    public async Task SearchCodes_PageSizeHundred_Accepted()
    {
        Assert.NotEmpty((await Search("o", 100)).Results);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task SearchCodes_EmptyQuery_InvalidArgumentOnQuery(string query)
    {
        await FailsOnField("query", () => Search(query));
    }

    [Fact]
    public async Task SearchCodes_QueryOf257Characters_InvalidArgumentOnQuery()
    {
        await FailsOnField("query", () => Search(new string('a', 257)));
        await Search(new string('a', 256)); // the limit itself is fine
    }

    [Fact]
    public async Task SearchCodes_UnspecifiedSystemInList_InvalidArgumentOnThatEntry()
    {
        await FailsOnField("systems[1]", () => Search(new SearchCodesRequest { Query = "diabetes", Systems = { CodeSystem.Icd10Cm, CodeSystem.Unspecified } }));
    }

    [Fact]
    public async Task SearchCodes_CptRequestedWithoutLicenseeFile_FailedPrecondition()
    {
        await FailsWith(StatusCode.FailedPrecondition, () => Search(new SearchCodesRequest { Query = "visit", Systems = { CodeSystem.Cpt } }));
    }

    [Theory]
    [InlineData("diabetes AND")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("~")]
    [InlineData(":")]
    [InlineData("(")]
    [InlineData("NOT")]
    [InlineData("\\")]
    [InlineData("desc:diabetes")]
    [InlineData("diab*")]
    [InlineData("[* TO *]")]
    [InlineData("E11*")]
    [InlineData("/.*/")]
    public async Task SearchCodes_LuceneSyntax_AnsweredAsPlainText(string query)
    {
        var response = await Search(query);

        Assert.NotNull(response);
    }

    [Fact]
    public async Task SearchCodes_AndOperator_IsAPlainWord()
    {
        var response = await Search("pain AND chest");
        var plain = await Search("pain and chest");

        // "AND" is an ordinary (stop) word, not an operator: the same results as lower-case "and". The header holding
        // "and" ranks first and gives way to its reportable unspecified code, then, its codes being listed, follows them.
        Assert.Equal("R07.9", response.Results[0].Code.Code_);
        Assert.Contains("R07", response.Results.Skip(1).Select(r => r.Code.Code_));
        Assert.Equal(plain.Results.Select(r => r.Code.Code_), response.Results.Select(r => r.Code.Code_));
    }
}
