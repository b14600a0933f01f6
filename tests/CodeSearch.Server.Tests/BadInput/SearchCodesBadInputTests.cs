using System.Security.Cryptography;
using CodeSearch.Core.Search;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Server.Validation;
using CodeSearch.V1;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using static CodeSearch.Server.Tests.BadInput.ServerChecks;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>SearchCodes under bad input: each case gets a clear status, and the server stays healthy after it.</summary>
[Collection(SampleServerCollection.Name)]
public class SearchCodesBadInputTests(SampleServer server)
{
    private Task<SearchCodesResponse> Search(SearchCodesRequest request) =>
        server.Client.SearchCodesAsync(request, deadline: Deadline()).ResponseAsync;

    private Task Healthy() => AssertHealthyAsync(server.Factory.Channel);

    [Theory]
    [MemberData(nameof(BadStrings.Names), MemberType = typeof(BadStrings))]
    public async Task SearchCodes_TextThatBreaksNaiveCode_AnsweredAsPlainText(string name)
    {
        var response = await Search(new SearchCodesRequest { Query = BadStrings.Cases[name] });

        Assert.All(response.Results, r => Assert.False(string.IsNullOrEmpty(r.Code.Code_)));
        await Healthy();
    }

    [Theory]
    [MemberData(nameof(BadStrings.BlankNames), MemberType = typeof(BadStrings))]
    public async Task SearchCodes_EmptyOrWhiteSpaceOnly_InvalidArgumentOnQuery(string name)
    {
        await FailsOnField("query", () => Search(new SearchCodesRequest { Query = BadStrings.Blank[name] }));
        await Healthy();
    }

    [Theory]
    [InlineData(257)]
    [InlineData(100_000)]
    [InlineData(1_000_000)]
    public async Task SearchCodes_OversizedSingleToken_InvalidArgumentOnQuery(int length)
    {
        await FailsOnField("query", () => Search(new SearchCodesRequest { Query = new string('a', length) }));
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_HundredThousandNewlinesAroundAWord_InvalidArgumentOnQuery()
    {
        await FailsOnField("query", () => Search(new SearchCodesRequest { Query = new string('\n', 100_000) + "diabetes" }));
        await Healthy();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(101)]
    [InlineData(int.MaxValue)]
    public async Task SearchCodes_PageSizeNegativeOrHuge_InvalidArgumentOnPageSize(int pageSize)
    {
        await FailsOnField("page_size", () => Search(new SearchCodesRequest { Query = "diabetes", PageSize = pageSize }));
        await Healthy();
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AQAAABQ")]
    [InlineData("not base64 at all!")]
    [InlineData("====")]
    public async Task SearchCodes_GarbagePageToken_InvalidArgumentOnPageToken(string token)
    {
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "diabetes", PageToken = token }));
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_HugeOrControlCharacterPageToken_InvalidArgumentOnPageToken()
    {
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "diabetes", PageToken = new string('A', 1_000_000) }));
        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "diabetes", PageToken = "\0\uD800\u202E" }));
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_TamperedPageTokenEveryCharacter_InvalidArgumentOnPageToken()
    {
        var first = await Search(new SearchCodesRequest { Query = "diabetes", PageSize = 5 });
        var token = first.NextPageToken;
        Assert.NotEmpty(token);

        for (var i = 0; i < token.Length; i++)
        {
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "diabetes", PageSize = 5, PageToken = tampered }));
        }
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_TokenFromAnotherServer_InvalidArgumentOnPageToken()
    {
        // Same query and index generation, but signed with another key (another deployment, or a forger).
        var generation = (await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest(), deadline: Deadline())).IndexGeneration;
        var query = new CodeSearchQuery("diabetes", [], false, 0, 5, null);
        var foreign = new PageTokenCodec(RandomNumberGenerator.GetBytes(32)).Encode(query, generation, 5);

        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "diabetes", PageSize = 5, PageToken = foreign }));
        await Healthy();
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue - 10)]
    [InlineData(1_000_000)]
    public async Task SearchCodes_SignedTokenWithHugeOffset_InvalidArgumentOnPageToken(int offset)
    {
        // A token with the server's own key but an offset it never issues (a leaked CodeSearch:PageTokenKey): the depth
        // check must not overflow into a search at a negative or enormous offset.
        var codec = server.Factory.Services.GetRequiredService<PageTokenCodec>();
        var generation = (await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest(), deadline: Deadline())).IndexGeneration;
        var token = codec.Encode(new CodeSearchQuery("diabetes", [], false, 0, 20, null), generation, offset);

        await FailsOnField("page_token", () => Search(new SearchCodesRequest { Query = "diabetes", PageToken = token }));
        await Healthy();
    }

    [Theory]
    [InlineData(CodeSystem.Unspecified)]
    [InlineData((CodeSystem)99)]
    [InlineData((CodeSystem)(-1))]
    public async Task SearchCodes_UnspecifiedOrUnknownSystem_InvalidArgumentOnThatEntry(CodeSystem system)
    {
        await FailsOnField("systems[1]", () => Search(new SearchCodesRequest { Query = "diabetes", Systems = { CodeSystem.Icd10Cm, system } }));
        await Healthy();
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1899, 12, 31)]
    [InlineData(10_000, 1, 1)]
    [InlineData(2026, 2, 30)]
    [InlineData(2026, 13, 1)]
    [InlineData(2026, 1, 32)]
    [InlineData(-1, -1, -1)]
    [InlineData(2026, 0, 1)]
    public async Task SearchCodes_DateOutOfRange_InvalidArgumentOnDateOfService(int year, int month, int day)
    {
        await FailsOnField("date_of_service", () => Search(new SearchCodesRequest { Query = "diabetes", DateOfService = Date(year, month, day) }));
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_ValidDateNoReleaseCovers_FailedPrecondition()
    {
        await FailsWith(StatusCode.FailedPrecondition,
            () => Search(new SearchCodesRequest { Query = "diabetes", Systems = { CodeSystem.Icd10Cm }, DateOfService = Date(9999, 12, 31) }));
        await Healthy();
    }

    [Fact]
    public async Task SearchCodes_EveryFieldBad_OneViolationPerField()
    {
        var ex = await FailsWith(StatusCode.InvalidArgument, () => Search(new SearchCodesRequest
        {
            Query = "", PageSize = -5, Systems = { (CodeSystem)42 }, DateOfService = Date(2026, 2, 30),
        }));

        var fields = ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order();
        Assert.Equal(["date_of_service", "page_size", "query", "systems[0]"], fields);
        await Healthy();
    }
}
