using CodeSearch.Core;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Suggestions.Engine;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>SuggestCodes request rules, checked before the engine is called (a fake stands in for it).</summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class SuggestCodesValidationTests(FakeSuggestionServer server)
{
    private Task<SuggestCodesResponse> Suggest(SuggestCodesRequest request) => server.Client.SuggestCodesAsync(request).ResponseAsync;

    private static SuggestCodesRequest Valid() => new() { Text = SuggestionSamples.Note };

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task SuggestCodes_EmptyOrWhiteSpaceText_InvalidArgumentOnText(string text)
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        await FailsOnField("text", () => Suggest(new SuggestCodesRequest { Text = text }));

        Assert.Empty(server.Suggester.Requests);
    }

    [Fact]
    public async Task SuggestCodes_TextAtLimit_Accepted()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        var text = new string('x', SuggestionLimits.MaxTextLength);

        var response = await Suggest(new SuggestCodesRequest { Text = text });

        Assert.Single(response.Suggestions);
        Assert.Equal(SuggestionLimits.MaxTextLength, Assert.Single(server.Suggester.Requests).Text.Length);
    }

    [Fact]
    public async Task SuggestCodes_TextOverLimit_InvalidArgumentNamingTheLimitWithoutTheNote()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        var text = "SECRETNOTE " + new string('x', SuggestionLimits.MaxTextLength - 10);
        Assert.Equal(SuggestionLimits.MaxTextLength + 1, text.Length);

        var description = await FailsOnField("text", () => Suggest(new SuggestCodesRequest { Text = text }));
        var ex = await FailsWith(StatusCode.InvalidArgument, () => Suggest(new SuggestCodesRequest { Text = text }));

        Assert.Contains("100,000", description);
        Assert.Contains("100,000", ex.Status.Detail);
        Assert.DoesNotContain("SECRETNOTE", ex.Status.Detail);
        Assert.Empty(server.Suggester.Requests);
    }

    [Fact]
    public async Task SuggestCodes_MultiByteTextAtLimit_AcceptedUnderTheMessageSizeLimit()
    {
        // 100,000 three-byte characters: about 300 KB of UTF-8, well under the 4 MiB message limit.
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        await Suggest(new SuggestCodesRequest { Text = new string('\u20ac', SuggestionLimits.MaxTextLength) });

        Assert.Single(server.Suggester.Requests);
    }

    [Fact]
    public async Task SuggestCodes_MessageOver4MiB_ResourceExhaustedBeforeValidation()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        await FailsWith(StatusCode.ResourceExhausted, () => Suggest(new SuggestCodesRequest { Text = new string('\u20ac', 1_500_000) }));

        Assert.Empty(server.Suggester.Requests);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(201)]
    public async Task SuggestCodes_MaxResultsOutOfRange_InvalidArgumentOnMaxResults(int maxResults)
    {
        var request = Valid();
        request.MaxResults = maxResults;

        await FailsOnField("max_results", () => Suggest(request));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public async Task SuggestCodes_MinScoreOutsideZeroToOne_InvalidArgumentOnMinScore(double minScore)
    {
        var request = Valid();
        request.MinScore = minScore;

        await FailsOnField("min_score", () => Suggest(request));
    }

    [Theory]
    [InlineData(CodeSystem.Unspecified)]
    [InlineData((CodeSystem)99)]
    public async Task SuggestCodes_UnspecifiedOrUnknownSystem_InvalidArgumentOnSystem(CodeSystem system)
    {
        var request = Valid();
        request.Systems.Add(CodeSystem.Icd10Cm);
        request.Systems.Add(system);

        await FailsOnField("systems[1]", () => Suggest(request));
    }

    [Fact]
    public async Task SuggestCodes_ImpossibleDate_InvalidArgumentOnDateOfService()
    {
        var request = Valid();
        request.DateOfService = Date(2026, 2, 30);

        await FailsOnField("date_of_service", () => Suggest(request));
    }

    [Fact]
    public async Task SuggestCodes_SeveralBadFields_OneViolationEach()
    {
        var request = new SuggestCodesRequest { Text = "", MaxResults = 500, MinScore = 2 };

        var ex = await FailsWith(StatusCode.InvalidArgument, () => Suggest(request));

        var fields = ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field);
        Assert.Equal(["max_results", "min_score", "text"], fields.Order());
    }

    [Fact]
    public async Task SuggestCodes_ValidOptions_PassedToTheEngine()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        var request = new SuggestCodesRequest
        {
            Text = SuggestionSamples.Note, MaxResults = 200, MinScore = 1, IncludeExcluded = true, DateOfService = Date(2026, 3, 1),
            Systems = { CodeSystem.Icd10Cm, CodeSystem.Hcpcs, CodeSystem.Icd10Cm },
        };

        await Suggest(request);

        var seen = Assert.Single(server.Suggester.Requests);
        Assert.Equal(SuggestionSamples.Note, seen.Text);
        Assert.Equal([CodeSystemId.Icd10Cm, CodeSystemId.Hcpcs], seen.Systems);
        Assert.Equal((200, (double?)1.0, true, (DateOnly?)new DateOnly(2026, 3, 1)), (seen.MaxResults, seen.MinScore, seen.IncludeExcluded, seen.DateOfService));
    }

    [Fact]
    public async Task SuggestCodes_Defaults_EngineGetsNoSystemsZeroMaxResultsAndNoMinScore()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        await Suggest(new SuggestCodesRequest { Text = "HTN", MinScore = 0 });
        await Suggest(new SuggestCodesRequest { Text = "HTN" });

        var requests = server.Suggester.Requests.ToArray();
        Assert.Equal((double?)0.0, requests[0].MinScore);
        var defaults = requests[1];
        Assert.Empty(defaults.Systems);
        Assert.Equal((0, (double?)null, false, (DateOnly?)null), (defaults.MaxResults, defaults.MinScore, defaults.IncludeExcluded, defaults.DateOfService));
    }
}
