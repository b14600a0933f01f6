using CodeSearch.Server.Tests.Support;
using CodeSearch.Suggestions.Engine;
using CodeSearch.V1;
using static CodeSearch.Server.Tests.BadInput.ServerChecks;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>
/// SuggestCodes under bad input, with the real engine over the sample index: every note either gets an answer whose
/// evidence quotes the note, or INVALID_ARGUMENT on its field; the server stays healthy.
/// </summary>
[Collection(SampleServerCollection.Name)]
public class SuggestCodesBadInputTests(SampleServer server)
{
    private CodingSuggestions.CodingSuggestionsClient Client => new(server.Factory.Channel);

    private Task<SuggestCodesResponse> Suggest(SuggestCodesRequest request) =>
        Client.SuggestCodesAsync(request, deadline: Deadline(30)).ResponseAsync;

    private async Task Healthy()
    {
        await AssertHealthyAsync(server.Factory.Channel);
        var normal = await Client.SuggestCodesAsync(new SuggestCodesRequest { Text = "Pt with HTN" }, deadline: Deadline(10));
        Assert.Contains(normal.Suggestions, s => s.Code.Code_ == "I10");
    }

    /// <summary>Answers with evidence inside the text it was sent (the text a C# client sends may differ: see Utf8BadInputTests).</summary>
    private async Task<SuggestCodesResponse> SuggestAnswered(string text)
    {
        var response = await Suggest(new SuggestCodesRequest { Text = text, IncludeExcluded = true, MinScore = 0 });
        var evidence = response.Suggestions.SelectMany(s => s.Evidence).Concat(response.Excluded.SelectMany(e => e.Evidence));
        Assert.All(evidence, e =>
        {
            Assert.InRange(e.Start, 0, text.Length);
            Assert.InRange(e.End, e.Start + 1, text.Length);
            Assert.Equal(e.Text.Length, e.End - e.Start);
        });
        Assert.All(response.Suggestions, s => Assert.InRange(s.Score, 0, 1));
        return response;
    }

    [Theory]
    [MemberData(nameof(BadStrings.Names), MemberType = typeof(BadStrings))]
    public async Task SuggestCodes_TextThatBreaksNaiveCode_Answered(string name)
    {
        await SuggestAnswered(BadStrings.Cases[name]);
        await Healthy();
    }

    [Theory]
    [MemberData(nameof(BadStrings.Names), MemberType = typeof(BadStrings))]
    public async Task SuggestCodes_BadTextAroundAMention_MentionStillFound(string name)
    {
        var bad = BadStrings.Cases[name];
        var text = bad + "\nPt with HTN. " + bad;

        var response = await SuggestAnswered(text);

        // Found, at its offset, whatever the text around it; a trigger such as "NOT" may rightly make it excluded.
        var evidence = response.Suggestions.Where(s => s.Code.Code_ == "I10").SelectMany(s => s.Evidence)
            .Concat(response.Excluded.Where(e => e.Code.Code_ == "I10").SelectMany(e => e.Evidence));
        Assert.Contains(evidence, e => e.Text == "HTN" && e.Start == bad.Length + "\nPt with ".Length);
    }

    [Theory]
    [MemberData(nameof(BadStrings.BlankNames), MemberType = typeof(BadStrings))]
    public async Task SuggestCodes_EmptyOrWhiteSpaceOnly_InvalidArgumentOnText(string name)
    {
        await FailsOnField("text", () => Suggest(new SuggestCodesRequest { Text = BadStrings.Blank[name] }));
        await Healthy();
    }

    [Fact]
    public async Task SuggestCodes_HundredThousandNewlines_InvalidArgumentOnText()
    {
        await FailsOnField("text", () => Suggest(new SuggestCodesRequest { Text = new string('\n', 100_000) }));
        await Healthy();
    }

    [Fact]
    public async Task SuggestCodes_MentionAfterNearlyHundredThousandNewlines_FoundAtItsOffset()
    {
        var text = new string('\n', SuggestionLimits.MaxTextLength - 3) + "HTN";

        var response = await SuggestAnswered(text);

        var evidence = Assert.Single(Assert.Single(response.Suggestions, s => s.Code.Code_ == "I10").Evidence);
        Assert.Equal(SuggestionLimits.MaxTextLength - 3, evidence.Start);
        await Healthy();
    }

    [Fact]
    public async Task SuggestCodes_OneMegabyteSingleToken_InvalidArgumentOnText()
    {
        await FailsOnField("text", () => Suggest(new SuggestCodesRequest { Text = new string('a', 1_000_000) }));
        await Healthy();
    }

    [Theory]
    [InlineData('a')]
    [InlineData('\0')]
    [InlineData('\u0301')]
    [InlineData('\u200B')]
    [InlineData('\u202E')]
    [InlineData('-')]
    [InlineData('.')]
    public async Task SuggestCodes_SingleTokenAtTheLengthLimit_AnsweredWithoutSuggestions(char c)
    {
        var response = await SuggestAnswered(new string(c, SuggestionLimits.MaxTextLength));

        Assert.Empty(response.Suggestions);
        await Healthy();
    }

    [Fact]
    public async Task SuggestCodes_SurrogatePairsAtTheLengthLimit_Answered()
    {
        await SuggestAnswered(string.Concat(Enumerable.Repeat("\uD83D\uDE00", SuggestionLimits.MaxTextLength / 2)));
        await Healthy();
    }

    [Fact]
    public async Task SuggestCodes_MentionRepeatedUpToTheLengthLimit_AnsweredWithinTheDeadline()
    {
        // 20,000 mentions in 20,000 sentences: the worst ordinary note the limit allows.
        var text = string.Concat(Enumerable.Repeat("HTN. ", SuggestionLimits.MaxTextLength / 5));

        var response = await SuggestAnswered(text);

        Assert.Contains(response.Suggestions, s => s.Code.Code_ == "I10");
        await Healthy();
    }

    [Theory]
    [InlineData(CodeSystem.Unspecified)]
    [InlineData((CodeSystem)99)]
    [InlineData((CodeSystem)(-1))]
    public async Task SuggestCodes_UnspecifiedOrUnknownSystem_InvalidArgumentOnSystem(CodeSystem system)
    {
        await FailsOnField("systems[0]", () => Suggest(new SuggestCodesRequest { Text = "HTN", Systems = { system } }));
        await Healthy();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(201)]
    [InlineData(int.MaxValue)]
    public async Task SuggestCodes_MaxResultsNegativeOrHuge_InvalidArgumentOnMaxResults(int maxResults)
    {
        await FailsOnField("max_results", () => Suggest(new SuggestCodesRequest { Text = "HTN", MaxResults = maxResults }));
        await Healthy();
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1899, 12, 31)]
    [InlineData(10_000, 1, 1)]
    [InlineData(2026, 2, 30)]
    public async Task SuggestCodes_DateOutOfRange_InvalidArgumentOnDateOfService(int year, int month, int day)
    {
        await FailsOnField("date_of_service", () => Suggest(new SuggestCodesRequest { Text = "HTN", DateOfService = Date(year, month, day) }));
        await Healthy();
    }
}
