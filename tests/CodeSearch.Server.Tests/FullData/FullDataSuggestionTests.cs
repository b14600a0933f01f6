using CodeSearch.V1;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// SuggestCodes through a real gRPC channel over the official FY2026 files with the shipped learned model: the
/// guideline and specificity cases of issue 14 (docs/suggestions.md, "Guideline rules").
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataServerCollection.Name)]
public class FullDataSuggestionTests(FullDataServer server)
{
    // The default request (max_results and min_score unset): guideline codes must reach the response as a client
    // gets it, through the rule score floor (Guidelines/RuleScoreFloor), not through a lowered min_score.
    private async Task<List<string>> SuggestAsync(string text)
    {
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        try
        {
            var response = await client.SuggestCodesAsync(new SuggestCodesRequest { Text = text });
            return response.Suggestions.Select(s => s.Code.CodeUndotted).ToList();
        }
        catch (global::Grpc.Core.RpcException e) when (e.StatusCode == global::Grpc.Core.StatusCode.Internal)
        {
            // Seen once in CI and never reproduced: keep the server's own account of it in the failure.
            throw new Xunit.Sdk.XunitException($"INTERNAL from SuggestCodes; server errors: {string.Join(" | ", server.Factory.Errors.Lines)}");
        }
    }

    private static void Above(List<string> codes, string higher, string lower)
    {
        Assert.Contains(higher, codes);
        Assert.True(!codes.Contains(lower) || codes.IndexOf(higher) < codes.IndexOf(lower),
            $"{higher} at {codes.IndexOf(higher)}, {lower} at {codes.IndexOf(lower)}");
    }

    [Fact]
    public async Task SuggestCodes_DiabetesOnInsulinFamilyHistoryOfColonCancer_E119Z794Z800()
    {
        var codes = await SuggestAsync("Type 2 diabetes on insulin. Family history of colon cancer.");

        Assert.Contains("E119", codes);
        Assert.Contains("Z794", codes);
        Assert.Contains("Z800", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("C18", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_HypertensionHeartFailureCkd3_I130NotI110OrI129()
    {
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        var response = await client.SuggestCodesAsync(new SuggestCodesRequest
        {
            Text = "Hypertension. Chronic heart failure. Chronic kidney disease stage 3.", MaxResults = 200, MinScore = 0,
        });

        var codes = response.Suggestions.Select(s => s.Code.CodeUndotted).ToList();
        Assert.Contains("I130", codes);
        Assert.DoesNotContain(response.Suggestions, s => s.Code.CodeUndotted is "I110" or "I129" && s.Rationale.StartsWith("combination rule", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_AcuteOnChronicSystolicHeartFailure_I5023AboveI509()
    {
        var codes = await SuggestAsync("Admitted with acute on chronic systolic heart failure.");

        Above(codes, "I5023", "I509");
    }

    [Fact]
    public async Task SuggestCodes_CopdExacerbation_J441AboveJ449()
    {
        var codes = await SuggestAsync("Admitted for COPD exacerbation, treated with nebulisers and steroids.");

        Above(codes, "J441", "J449");
    }

    [Fact]
    public async Task SuggestCodes_RightHemiparesisAfterInfarction_NoLeftSideCode()
    {
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        var response = await client.SuggestCodesAsync(new SuggestCodesRequest
        {
            Text = "Right hemiparesis following cerebral infarction.", MaxResults = 200, IncludeExcluded = true, MinScore = 0,
        });

        var all = response.Suggestions.Select(s => s.Code).Concat(response.Excluded.Select(e => e.Code)).ToList();
        Assert.NotEmpty(response.Suggestions);
        Assert.DoesNotContain(all, c => c.Description.Contains("left", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SuggestCodes_AdrenalMetastases_C797x()
    {
        var codes = await SuggestAsync("Staging CT showed adrenal metastases.");

        Assert.Contains(codes, c => c.StartsWith("C797", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_BmiAndMrsa_Z68AndZ16()
    {
        var codes = await SuggestAsync("BMI 20 kg/m2. Wound culture grew methicillin-resistant Staphylococcus aureus.");

        Assert.Contains("Z6820", codes);
        Assert.Contains("Z1611", codes);
    }
    [Fact]
    public async Task SuggestCodes_StatedGlasgowScore_R40243AndItsUnspecifiedTimeCode()
    {
        // Guidelines/GlasgowRule on the FY2026 codes: the 3-8 subcategory and its 7th character 0 pass the default
        // filter through the guideline score floor.
        var codes = await SuggestAsync("After 24 hours he presented a severe alteration of consciousness with a Glasgow score of 6.");

        Assert.Contains("R40243", codes);
        Assert.Contains("R402430", codes);
    }

    [Fact]
    public async Task SuggestCodes_DiabetesMellitusTypeI_TypeOneCode()
    {
        // "type I" reads as "type 1" after a counting word (Matching/RomanNumerals).
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        var response = await client.SuggestCodesAsync(new SuggestCodesRequest
        {
            Text = "A 51-year-old woman with diabetes mellitus type I and carpal tunnel syndrome.", MaxResults = 200, MinScore = 0,
        });

        Assert.Contains(response.Suggestions, s => s.Code.CodeUndotted.StartsWith("E10", StringComparison.Ordinal));
    }
}
