using CodeSearch.V1;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// SuggestCodes through a real gRPC channel over the official files: Neoplasm Table candidates (the April 2026 table
/// of the mirror), and a resistant organism never suggesting the susceptible code (docs/suggestions.md).
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataServerCollection.Name)]
public class FullDataNeoplasmTests(FullDataServer server)
{
    private async Task<SuggestCodesResponse> SuggestAsync(string text, bool everything = false)
    {
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        return await client.SuggestCodesAsync(everything
            ? new SuggestCodesRequest { Text = text, MaxResults = 200, MinScore = 0 }
            : new SuggestCodesRequest { Text = text });
    }

    [Fact]
    public async Task SuggestCodes_AdrenalMetastases_C7970NoSideGuessed()
    {
        var response = await SuggestAsync("Staging CT showed adrenal metastases.");

        var adrenal = Assert.Single(response.Suggestions, s => s.Code.CodeUndotted.StartsWith("C797", StringComparison.Ordinal));
        Assert.Equal("C7970", adrenal.Code.CodeUndotted);
    }

    [Fact]
    public async Task SuggestCodes_MetastaticDiseaseToTheLeftAdrenal_LeftSideCodeFromTheTable()
    {
        var response = await SuggestAsync("CT showed metastatic disease to the left adrenal gland.", everything: true);

        var left = Assert.Single(response.Suggestions, s => s.Code.CodeUndotted == "C7972");
        Assert.Contains("Neoplasm Table: adrenal", left.Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Suggestions, s => s.Code.CodeUndotted == "C7971");
    }

    [Fact]
    public async Task SuggestCodes_RenalCellCarcinomaWithHepaticMetastases_KidneyPrimaryAndLiverSecondary()
    {
        var codes = (await SuggestAsync("Renal cell carcinoma with hepatic metastases.", everything: true))
            .Suggestions.Select(s => s.Code.CodeUndotted).ToList();

        Assert.Contains("C649", codes);
        Assert.Contains("C787", codes);
        Assert.DoesNotContain("C7900", codes);
    }

    [Fact]
    public async Task SuggestCodes_MorphologyOfTheAlphabeticIndex_TheTableCellItPointsTo()
    {
        // Chondrosarcoma: see Neoplasm, cartilage, malignant (no site stated: the pointer's row); Osteosarcoma: see
        // Neoplasm, bone, malignant, read at the site the sentence states (meninges).
        var chondrosarcoma = (await SuggestAsync("Histology confirmed a chondrosarcoma.", everything: true)).Suggestions;
        var cell = Assert.Single(chondrosarcoma, s => s.Code.CodeUndotted == "C419");
        Assert.Contains("Neoplasm Table: cartilage", cell.Rationale, StringComparison.Ordinal);

        var meningeal = (await SuggestAsync("Pathology showed a meningeal osteosarcoma.", everything: true))
            .Suggestions.Select(s => s.Code.CodeUndotted).ToList();
        Assert.Contains("C709", meningeal);
    }

    [Fact]
    public async Task SuggestCodes_MethicillinResistantStaphylococcus_ResistantCodesNotTheSusceptibleOne()
    {
        var codes = (await SuggestAsync("Blood cultures grew methicillin-resistant Staphylococcus aureus.", everything: true))
            .Suggestions.Select(s => s.Code.CodeUndotted).ToList();

        Assert.Contains("Z1611", codes);
        Assert.DoesNotContain("B9561", codes);
        Assert.DoesNotContain("A4901", codes);
    }
}
