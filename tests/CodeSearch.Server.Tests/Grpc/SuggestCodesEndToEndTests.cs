using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>
/// SuggestCodes with the real engine over the sample fixture index. These fail until the engine is written
/// (SuggestionEngine throws NotImplementedException, which the API answers INTERNAL).
/// </summary>
[Collection(SampleServerCollection.Name)]
[Trait("Category", "SuggestionEngine")]
public class SuggestCodesEndToEndTests(SampleServer server)
{
    private const string Note = "Pt with HTN and T2DM, denies chest pain";

    private CodingSuggestions.CodingSuggestionsClient Client => new(server.Factory.Channel);

    private Task<SuggestCodesResponse> Suggest(bool includeExcluded) =>
        Client.SuggestCodesAsync(new SuggestCodesRequest { Text = Note, IncludeExcluded = includeExcluded }).ResponseAsync;

    [Fact]
    public async Task SuggestCodes_HtnAndT2dmDeniesChestPain_SuggestsI10AndE119ButNoChestPain()
    {
        var response = await Suggest(includeExcluded: false);

        var codes = response.Suggestions.Select(s => s.Code).ToList();
        Assert.All(codes, c => Assert.Equal(CodeSystem.Icd10Cm, c.System));
        Assert.Contains("I10", codes.Select(c => c.Code_));
        Assert.Contains("E11.9", codes.Select(c => c.Code_));
        Assert.DoesNotContain(codes, c => c.CodeUndotted.StartsWith("R07", StringComparison.Ordinal));
        Assert.Empty(response.Excluded);
        Assert.Contains(response.Releases, r => r.System == CodeSystem.Icd10Cm);
    }

    [Fact]
    public async Task SuggestCodes_HtnAndT2dmDeniesChestPain_EvidencePointsIntoTheNote()
    {
        var response = await Suggest(includeExcluded: false);

        var hypertension = Assert.Single(response.Suggestions, s => s.Code.Code_ == "I10");
        var evidence = Assert.Single(hypertension.Evidence);
        Assert.Equal(("HTN", Assertion.Present), (evidence.Text, evidence.Assertion));
        Assert.Equal("HTN", Note[evidence.Start..evidence.End]);
    }

    [Fact]
    public async Task SuggestCodes_IncludeExcluded_ChestPainExcludedAsNegated()
    {
        var response = await Suggest(includeExcluded: true);

        var chestPain = Assert.Single(response.Excluded, e => e.Code.CodeUndotted.StartsWith("R07", StringComparison.Ordinal));
        Assert.Equal(Assertion.Negated, chestPain.Assertion);
        Assert.Contains(chestPain.Evidence, e => e.Text == "chest pain" && Note[e.Start..e.End] == "chest pain");
        Assert.DoesNotContain(response.Suggestions, s => s.Code.CodeUndotted.StartsWith("R07", StringComparison.Ordinal));
    }
}
