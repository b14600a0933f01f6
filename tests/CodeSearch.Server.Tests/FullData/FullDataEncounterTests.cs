using CodeSearch.V1;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// SuggestCodes through a real gRPC channel over the official FY2026 files: the 7th character only from a stated
/// encounter, and hypothetical mentions left out (docs/suggestions.md, "Assertion" and "Specificity").
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataServerCollection.Name)]
public class FullDataEncounterTests(FullDataServer server)
{
    private async Task<SuggestCodesResponse> SuggestAsync(string text)
    {
        var client = new CodingSuggestions.CodingSuggestionsClient(server.Factory.Channel);
        return await client.SuggestCodesAsync(new SuggestCodesRequest { Text = text, MaxResults = 200, MinScore = 0, IncludeExcluded = true });
    }

    private static List<string> Codes(SuggestCodesResponse response) => response.Suggestions.Select(s => s.Code.CodeUndotted).ToList();

    [Fact]
    public async Task SuggestCodes_FollowUpVisitForHealingFemurFracture_SubsequentEncounterCode()
    {
        var codes = Codes(await SuggestAsync("Follow-up visit for routine healing of a fracture of the shaft of the left femur."));

        Assert.Contains("S72302D", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("S72", StringComparison.Ordinal) && c.Length == 7 && c[^1] is 'A' or 'B' or 'C' or 'S');
    }

    [Fact]
    public async Task SuggestCodes_SequelaOfBurnOfRightHand_SequelaCodeOnRightSide()
    {
        var codes = Codes(await SuggestAsync("Sequela of a burn of the right hand."));

        Assert.Contains(codes, c => c.StartsWith("T23", StringComparison.Ordinal) && c.EndsWith('S'));
        Assert.DoesNotContain(codes, c => c.StartsWith("T23", StringComparison.Ordinal) && c.Length == 7 && c[^1] is 'A' or 'D');
    }

    [Fact]
    public async Task SuggestCodes_FemurFractureWithoutEncounter_NoSeventhCharacterGuessed()
    {
        var codes = Codes(await SuggestAsync("A woman fell at home. Radiograph showed a fracture of the shaft of the left femur."));

        Assert.Contains("S72302", codes);
        Assert.DoesNotContain("S72302A", codes);
        // A code whose form without the 7th character does not exist ("S7290X") keeps the initial encounter; never D or S.
        Assert.DoesNotContain(codes, c => c.StartsWith("S72", StringComparison.Ordinal) && c.Length == 7 && c[^1] is not 'A');
    }

    [Fact]
    public async Task SuggestCodes_RightHemiparesisAfterInfarction_RightDominantSideNotUnspecifiedOrLeft()
    {
        var response = await SuggestAsync("Right hemiparesis following cerebral infarction.");
        var codes = Codes(response);

        Assert.Contains("I69351", codes);
        Assert.DoesNotContain("I69359", codes);
        Assert.DoesNotContain(response.Suggestions, s => s.Code.Description.Contains("left", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SuggestCodes_ReturnIfChestPain_ChestPainLeftOutAsHypothetical()
    {
        var response = await SuggestAsync("Discharged home with gastroenteritis. Return to the emergency department if chest pain develops.");

        Assert.DoesNotContain(response.Suggestions, s => s.Code.CodeUndotted.StartsWith("R07", StringComparison.Ordinal));
        Assert.Contains(response.Excluded, e => e.Code.CodeUndotted.StartsWith("R07", StringComparison.Ordinal) && e.Assertion == Assertion.Hypothetical);
    }
}
