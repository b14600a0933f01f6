using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>SearchIndex over the sample: the fixture indexes and tables, codes checked against the FY2026 fixture release.</summary>
[Collection(SampleServerCollection.Name)]
public class SearchIndexTests(SampleServer server)
{
    private Task<SearchIndexResponse> Search(string query, IndexKind index = IndexKind.Unspecified, int pageSize = 0) =>
        server.Client.SearchIndexAsync(new SearchIndexRequest { Query = query, Index = index, PageSize = pageSize }).ResponseAsync;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchIndex_EmptyQuery_InvalidArgumentOnQuery(string query)
    {
        await FailsOnField("query", () => Search(query));
    }

    [Fact]
    public async Task SearchIndex_QueryTooLong_InvalidArgumentOnQuery()
    {
        await FailsOnField("query", () => Search(new string('a', 257)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public async Task SearchIndex_PageSizeOutOfRange_InvalidArgumentOnPageSize(int pageSize)
    {
        await FailsOnField("page_size", () => Search("heart", pageSize: pageSize));
    }

    [Fact]
    public async Task SearchIndex_UnknownIndex_InvalidArgumentOnIndex()
    {
        await FailsOnField("index", () => Search("heart", (IndexKind)99));
    }

    [Fact]
    public async Task SearchIndex_SecondaryLiverNeoplasm_MalignantSecondaryCell()
    {
        var first = (await Search("secondary liver neoplasm")).Matches[0];

        Assert.Equal("Neoplasm, neoplastic › liver", first.Entry.DisplayPath);
        Assert.Equal((IndexKind.Neoplasms, "2026-04"), (first.Entry.Index, first.Entry.FromRelease));
        var code = Assert.Single(first.Codes);
        Assert.Equal(("C78.7", "Malignant Secondary", false), (code.Code, code.Column, code.NeedsMoreCharacters));
        Assert.False(code.ValidInRelease); // the FY2026 fixture has no C78.7
        Assert.Equal(6, first.Entry.Cells.Count);
    }

    [Fact]
    public async Task SearchIndex_HypertensiveHeartDiseaseWithHeartFailure_I110()
    {
        var first = (await Search("hypertensive heart disease with heart failure")).Matches[0];

        Assert.Equal(["Hypertension, hypertensive", "heart", "with", "heart failure"], first.Entry.Path);
        Assert.Equal(["(accelerated) (benign) (essential)", "(disease)", "(congestive)"], first.Entry.Modifiers);
        Assert.Equal(("I11.0", ""), (first.Codes.Single().Code, first.Codes.Single().Column));
    }

    [Fact]
    public async Task SearchIndex_AcetaminophenPoisoningAccidental_T391X1()
    {
        var first = (await Search("acetaminophen poisoning accidental")).Matches[0];

        Assert.Equal("Acetaminophen", first.Entry.DisplayPath);
        var code = Assert.Single(first.Codes);
        Assert.Equal(("T39.1X1", "Poisoning Accidental (unintentional)"), (code.Code, code.Column));
    }

    [Fact]
    public async Task SearchIndex_NoColumnNamed_EveryFilledCell()
    {
        var acetaldehyde = (await Search("acetaldehyde", IndexKind.Drugs)).Matches[0];

        Assert.Equal("Acetaldehyde", acetaldehyde.Entry.DisplayPath);
        Assert.Equal(["T52.8X1", "T52.8X2", "T52.8X3", "T52.8X4"], acetaldehyde.Codes.Select(c => c.Code));
    }

    [Fact]
    public async Task SearchIndex_EmptyTableCell_NoCodeAndNoMoreCharactersNeeded()
    {
        var acetaldehyde = (await Search("acetaldehyde", IndexKind.Drugs)).Matches[0];

        var adverse = acetaldehyde.Entry.Cells.Single(c => c.Column == "Adverse effect");
        Assert.Equal(("", false, false), (adverse.Code, adverse.NeedsMoreCharacters, adverse.ValidInRelease));
        var bone = (await Search("bone neoplasm")).Matches[0].Entry.Cells.Single(c => c.Column == "Ca in situ");
        Assert.Equal(("", false), (bone.Code, bone.NeedsMoreCharacters));
    }

    [Fact]
    public async Task SearchIndex_CellNeedingMoreCharacters_SaysSo()
    {
        var first = (await Search("abdomen neoplasm secondary")).Matches[0];

        var code = Assert.Single(first.Codes);
        Assert.Equal(("C79.8-", true), (code.Code, code.NeedsMoreCharacters));
        Assert.True(first.Entry.Cells.Single(c => c.Column == "Malignant Secondary").NeedsMoreCharacters);
    }

    [Fact]
    public async Task SearchIndex_CodeOfTheRelease_ValidWithItsDescription()
    {
        var first = (await Search("chest pain")).Matches[0];

        Assert.Equal("Pain › chest", first.Entry.DisplayPath);
        var code = Assert.Single(first.Codes);
        Assert.Equal(("R07.9", true, "Chest pain, unspecified", false), (code.Code, code.ValidInRelease, code.Description, code.NeedsMoreCharacters));
        Assert.Empty(code.SeventhCharacters);
    }

    [Fact]
    public async Task SearchIndex_EntryWithSee_FollowedToItsCode()
    {
        var first = (await Search("heart attack")).Matches[0];

        Assert.Equal(("Attack, attacks › heart", "infarct, myocardium"), (first.Entry.DisplayPath, first.Entry.See));
        Assert.Equal("Infarct, infarction › myocardium, myocardial", first.Followed.DisplayPath);
        var code = Assert.Single(first.Codes);
        Assert.Equal(("I21.9", "see", true, "Acute myocardial infarction, unspecified"), (code.Code, code.Column, code.ValidInRelease, code.Description));
    }

    [Fact]
    public async Task SearchIndex_IndexGiven_OnlyThatIndex()
    {
        Assert.Empty((await Search("heart", IndexKind.Drugs)).Matches);
        var diseases = await Search("heart", IndexKind.Diseases);
        Assert.NotEmpty(diseases.Matches);
        Assert.All(diseases.Matches, m => Assert.Equal(IndexKind.Diseases, m.Entry.Index));
    }

    [Fact]
    public async Task SearchIndex_PageSize_AtMostThatManyAndTenByDefault()
    {
        var all = (await Search("heart", pageSize: 50)).Matches.Count;

        Assert.True(all > 2, $"{all} matches");
        Assert.Equal(2, (await Search("heart", pageSize: 2)).Matches.Count);
        Assert.Equal(Math.Min(10, all), (await Search("heart")).Matches.Count);
    }
}
