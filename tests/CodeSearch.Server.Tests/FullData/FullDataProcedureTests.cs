using CodeSearch.V1;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// SuggestCodes for ICD-10-PCS through a real gRPC channel over the official FY2026 files: procedures built from their
/// parts (docs/suggestions.md, "Procedures built from their parts"), found whether or not a train note named them.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataServerCollection.Name)]
public class FullDataProcedureTests(FullDataServer server)
{
    private async Task<List<Suggestion>> SuggestAsync(string text)
    {
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        var response = await client.SuggestCodesAsync(new SuggestCodesRequest
        {
            Text = text, Systems = { CodeSystem.Icd10Pcs }, MaxResults = 200, MinScore = 0,
        });
        return response.Suggestions.ToList();
    }

    [Fact]
    public async Task SuggestCodes_LaparoscopicCholecystectomy_0FT44ZZNotTheOpenApproach()
    {
        var suggestions = await SuggestAsync("A laparoscopic cholecystectomy was performed without complications.");

        var codes = suggestions.Select(s => s.Code.CodeUndotted).ToList();
        Assert.Contains("0FT44ZZ", codes);
        Assert.DoesNotContain("0FT40ZZ", codes);
        Assert.Contains(suggestions, s => s.Code.CodeUndotted == "0FT44ZZ"
            && s.Evidence.Any(e => e.Text.Contains("cholecystectomy", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SuggestCodes_CtOfTheAbdomen_ComputedTomographyOfAbdomenBW20()
    {
        var suggestions = await SuggestAsync("CT of the abdomen showed a 3 cm mass in the left adrenal gland.");

        var ct = Assert.Single(suggestions, s => s.Code.CodeUndotted.StartsWith("BW20", StringComparison.Ordinal));
        Assert.Equal("BW20ZZZ", ct.Code.CodeUndotted);
        Assert.Contains("built from its parts", ct.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestCodes_PercutaneousLiverBiopsy_ExcisionOfLiverDiagnostic0FB03ZX()
    {
        var codes = (await SuggestAsync("Percutaneous liver biopsy showed steatosis.")).Select(s => s.Code.CodeUndotted).ToList();

        Assert.Contains("0FB03ZX", codes);
    }

    [Fact]
    public async Task SuggestCodes_AbdominalPelvicCt_TwoLayFormsTogetherGiveAbdomenAndPelvisBW21()
    {
        var codes = (await SuggestAsync("An abdominal-pelvic CT scan showed a 4 cm mass.")).Select(s => s.Code.CodeUndotted).ToList();

        Assert.Contains(codes, c => c.StartsWith("BW21", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_RenalUltrasound_BilateralKidneysWithoutTheSideWordBT43()
    {
        var codes = (await SuggestAsync("Renal ultrasound showed multiple simple cysts.")).Select(s => s.Code.CodeUndotted).ToList();

        Assert.Contains("BT43ZZZ", codes);
    }

    [Fact]
    public async Task SuggestCodes_LungResection_NoBilateralLungCodeGuessed()
    {
        var codes = (await SuggestAsync("A resection of the lung was performed.")).Select(s => s.Code.CodeUndotted).ToList();

        Assert.DoesNotContain(codes, c => c.StartsWith("0BTM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_LeftHemicolectomy_ResectionOfLeftLargeIntestine0DTG()
    {
        var codes = (await SuggestAsync("A left hemicolectomy was performed.")).Select(s => s.Code.CodeUndotted).ToList();

        Assert.Contains(codes, c => c.StartsWith("0DTG", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestCodes_NegatedProcedure_NotSuggested()
    {
        var codes = (await SuggestAsync("No cholecystectomy was performed.")).Select(s => s.Code.CodeUndotted).ToList();

        Assert.DoesNotContain(codes, c => c.StartsWith("0FT4", StringComparison.Ordinal));
    }
}
