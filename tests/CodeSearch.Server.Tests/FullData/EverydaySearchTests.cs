using CodeSearch.V1;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>
/// SearchCodes over the official files, through a real channel, on the words people type into a problem-list picker:
/// abbreviations, lay terms, misspellings and unspecific words (issue 13, docs/search.md "Reading the query").
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataServerCollection.Name)]
public class EverydaySearchTests(FullDataServer server)
{
    [Theory]
    [InlineData("afib", "I48", "atrial fibrillation")]
    [InlineData("uti", "N390", "urinary tract infection")]
    [InlineData("chf", "I50", "congestive heart failure")]
    [InlineData("htn", "I10", "hypertension")]
    [InlineData("pnuemonia", "J18", "pneumonia")]
    [InlineData("broken wrist", "S62", "fracture wrist")]
    [InlineData("stroke", "I63", "")]
    [InlineData("hip fracture", "S72", "")]
    public async Task SearchCodes_EverydayQuery_ExpectedCodeInTopThreeAndUnderstoodAs(string query, string expectedPrefix, string understoodAs)
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = query, Systems = { CodeSystem.Icd10Cm }, PageSize = 5 });

        Assert.Contains(response.Results.Take(3), r => r.Code.CodeUndotted.StartsWith(expectedPrefix, StringComparison.Ordinal));
        Assert.Equal(understoodAs, response.UnderstoodAs);
    }

    [Fact]
    public async Task SearchCodes_BrokenWrist_AWristOrDistalRadiusFractureInTopThree()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "broken wrist", Systems = { CodeSystem.Icd10Cm }, PageSize = 5 });

        Assert.Contains(response.Results.Take(3), r => r.Code.CodeUndotted.StartsWith("S62", StringComparison.Ordinal)
            || r.Code.CodeUndotted.StartsWith("S525", StringComparison.Ordinal) || r.Code.CodeUndotted.StartsWith("S526", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pneumonia", "J18.9")]
    [InlineData("stroke", "I63.9")]
    [InlineData("atrial fibrillation", "I48.91")]
    [InlineData("urinary tract infection", "N39.0")]
    public async Task SearchCodes_MainTermOfTheAlphabeticIndex_ItsDefaultCodeFirst(string query, string expected)
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = query, Systems = { CodeSystem.Icd10Cm } });

        Assert.Equal(expected, response.Results[0].Code.Code_);
    }

    [Fact]
    public async Task SearchCodes_HighBloodPressureOverAllSystems_I10First()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "high blood pressure" });

        Assert.Equal((CodeSystem.Icd10Cm, "I10"), (response.Results[0].Code.System, response.Results[0].Code.Code_));
        Assert.Equal("hypertension", response.UnderstoodAs);
    }

    [Theory]
    [InlineData("type 2 diab", "E11")]
    [InlineData("diab", "E11")]
    [InlineData("fract fem", "S72")]
    public async Task SearchCodes_LastWordBeingTyped_CommonCompletionFirst(string query, string expectedPrefix)
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = query, Systems = { CodeSystem.Icd10Cm } });

        Assert.StartsWith(expectedPrefix, response.Results[0].Code.CodeUndotted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchCodes_CodePrefix_StillListsCodes()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "0DT", Systems = { CodeSystem.Icd10Pcs } });

        Assert.All(response.Results, r => Assert.StartsWith("0DT", r.Code.CodeUndotted, StringComparison.Ordinal));
        Assert.Equal("", response.UnderstoodAs);
    }
}
