using CodeSearch.Importer.Manifest;
using CodeSearch.Tests;
using CodeSearch.V1;
using Xunit.Abstractions;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>The server over the official FY2026 / January 2026 files, as Production serves them.</summary>
[Trait("Category", "FullData")]
[Collection(FullDataServerCollection.Name)]
public class FullDataServerTests(FullDataServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task GetCode_E119_Type2DiabetesWithoutComplicationsBillable()
    {
        var code = await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });

        Assert.Equal("Type 2 diabetes mellitus without complications", code.Description);
        Assert.True(code.Billable);
        Assert.Equal("E11", code.Parents.First().Code);
    }

    [Fact]
    public async Task GetCode_E11_HeaderNotBillable()
    {
        var code = await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11" });

        Assert.False(code.Billable);
        Assert.Equal(CodeKind.Header, code.Kind);
        Assert.Contains(code.Children, c => c.Code == "E11.9");
    }

    [Fact]
    public async Task SearchCodes_Type2Diabetes_AnE11CodeFirst()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "type 2 diabetes" });

        Assert.StartsWith("E11", response.Results[0].Code.CodeUndotted);
        Assert.Equal(CodeSystem.Icd10Cm, response.Results[0].Code.System);
    }

    [Fact]
    public async Task SearchCodes_J0696_HcpcsJ0696First()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "J0696" });

        var first = response.Results[0];
        Assert.Equal((CodeSystem.Hcpcs, "J0696", "EXACT_CODE"), (first.Code.System, first.Code.Code_, first.MatchType));
    }

    [Fact]
    public async Task ListCodeSystems_OfficialFiles_CountsAndChecksumsOfTheManifest()
    {
        var manifest = SourceManifest.Load(TestPaths.Manifest);

        var response = await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());

        Assert.False(response.SampleData);
        var cm = response.Releases.Single(r => r.Release.System == CodeSystem.Icd10Cm);
        var pcs = response.Releases.Single(r => r.Release.System == CodeSystem.Icd10Pcs);
        var hcpcs = response.Releases.Single(r => r.Release.System == CodeSystem.Hcpcs);
        output.WriteLine($"HCPCS terminated_count {hcpcs.TerminatedCount}");
        Assert.Equal((98_186, 74_719), (cm.CodeCount, cm.BillableCount));
        Assert.Equal((80_029, 79_115), (pcs.CodeCount, pcs.BillableCount));
        Assert.Equal((9_006, 383, 8_623), (hcpcs.CodeCount, hcpcs.ModifierCount, hcpcs.CodeCount - hcpcs.ModifierCount));
        Assert.True(hcpcs.TerminatedCount >= 8_623 - 7_323, $"terminated {hcpcs.TerminatedCount}"); // codes; terminated modifiers count too
        foreach (var release in manifest.Releases)
        {
            var loaded = response.Releases.Single(r => r.Release.ReleaseId == release.ReleaseId && (int)r.Release.System == (int)release.System);
            var source = Assert.Single(loaded.SourceFiles);
            Assert.Equal(Path.GetFileName(release.File.Path), source.FileName);
            Assert.Equal(release.File.Sha256, source.Sha256);
            Assert.Equal(release.File.SizeBytes, source.SizeBytes);
        }
    }

    [Fact]
    public async Task GetCode_E119_Excludes1OfE11NamingE08CarriedForwardFromFY2023()
    {
        var code = await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });

        var note = Assert.Single(code.Notes, n => n.Kind == NoteKind.Excludes1 && n.ReferencedCodes.Contains("E08.-"));
        Assert.Equal(("code", "E11", "FY2023", true), (note.SourceLevel, note.Source, note.FromRelease, note.Inherited));
        Assert.Contains(code.Notes, n => n.Kind == NoteKind.Excludes1 && n.Source == "E11" && n.ReferencedCodes.Contains("E10.-"));
    }

    [Fact]
    public async Task SearchIndex_SecondaryLiverNeoplasm_C787InTheMalignantSecondaryColumn()
    {
        var response = await server.Client.SearchIndexAsync(new SearchIndexRequest { Query = "secondary liver neoplasm" });

        var first = response.Matches[0];
        output.WriteLine($"{first.Entry.DisplayPath}: {string.Join(", ", first.Codes.Select(c => $"{c.Code} ({c.Column})"))}");
        var code = Assert.Single(first.Codes, c => c.Code == "C78.7");
        Assert.Equal(("Malignant Secondary", true), (code.Column, code.ValidInRelease));
        Assert.Equal(IndexKind.Neoplasms, first.Entry.Index);
    }

    [Fact]
    public async Task SearchIndex_HypertensiveHeartDiseaseWithHeartFailure_I110()
    {
        var response = await server.Client.SearchIndexAsync(new SearchIndexRequest { Query = "hypertensive heart disease with heart failure" });

        var first = response.Matches[0];
        output.WriteLine(first.Entry.DisplayPath);
        var code = Assert.Single(first.Codes, c => c.Code == "I11.0");
        Assert.True(code.ValidInRelease);
        Assert.Equal("Hypertensive heart disease with heart failure", code.Description);
    }

    [Fact]
    public async Task SearchIndex_AcetaminophenPoisoningAccidental_T391X1WithSeventhCharactersThatExist()
    {
        var response = await server.Client.SearchIndexAsync(new SearchIndexRequest { Query = "acetaminophen poisoning accidental" });

        var code = Assert.Single(response.Matches[0].Codes);
        Assert.Equal(("T39.1X1", "Poisoning Accidental (unintentional)", true, true), (code.Code, code.Column, code.ValidInRelease, code.NeedsMoreCharacters));
        Assert.Equal(["A", "D", "S"], code.SeventhCharacters.Select(s => s.Character));
        Assert.Equal(["T39.1X1A", "T39.1X1D", "T39.1X1S"], code.SeventhCharacters.Select(s => s.Code));
        foreach (var full in code.SeventhCharacters)
        {
            var found = await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = full.Code });
            Assert.True(found.Billable, full.Code);
        }
    }

    [Fact]
    public async Task ValidateCodes_Type1AndType2Diabetes_Excludes1Conflict()
    {
        var response = await server.Client.ValidateCodesAsync(new ValidateCodesRequest { System = CodeSystem.Icd10Cm, Codes = { "E10.9", "E11.9" } });

        Assert.All(response.Results, r => Assert.Equal(ValidationStatus.Valid, r.Status));
        var conflict = Assert.Single(response.Conflicts, c => c.Code == "E11.9");
        Assert.Equal(("E10.9", NoteKind.Excludes1), (conflict.ExcludedCode, conflict.Note.Kind));
        Assert.Contains("E10.-", conflict.Note.ReferencedCodes);
    }

    [Fact]
    public async Task SearchCodes_InfarctHeart_I219FirstThroughTheIndexTerm()
    {
        // "heart" stands in the index term Infarct › heart only, not in I21.9's title ("attack heart" is now read as the
        // lay term heart attack in another order, which names the title's words).
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "infarct heart", PageSize = 5 });

        output.WriteLine(string.Join("\n", response.Results.Select(r => $"{r.Code.Code_} {r.Code.Description} [{r.MatchedSynonym}]")));
        Assert.Equal("I21.9", response.Results[0].Code.Code_);
        Assert.NotEqual("", response.Results[0].MatchedSynonym);
    }

    [Fact]
    public async Task ListCodeSystems_OfficialFiles_ReferenceSourcesWithTheManifestChecksums()
    {
        var manifest = CodeSearch.Importer.Reference.ReferenceSource.ReadManifest(TestPaths.Manifest);

        var response = await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());

        Assert.Equal(manifest.Select(m => (m.Kind, m.ReleaseId, m.Sha256)), response.ReferenceSources.Select(s => (s.Kind, s.ReleaseId, (string?)s.File.Sha256)));
        Assert.All(response.ReferenceSources, s => Assert.Equal("FY2026", s.AppliedTo));
        Assert.All(response.ReferenceSources, s => Assert.EndsWith(".xml.gz", s.File.FileName));
    }
}
