using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

[Collection(SampleServerCollection.Name)]
public class ValidateCodesTests(SampleServer server)
{
    private Task<ValidateCodesResponse> Validate(CodeSystem system, Google.Type.Date? date, params string[] codes) =>
        server.Client.ValidateCodesAsync(new ValidateCodesRequest { System = system, Codes = { codes }, DateOfService = date }).ResponseAsync;

    [Fact]
    public async Task ValidateCodes_MixedIcdCodes_StatusPerCodeInOrder()
    {
        var response = await Validate(CodeSystem.Icd10Cm, null, "E11.9", "E11", "Z99.99", "%%%");

        Assert.Equal(
            [ValidationStatus.Valid, ValidationStatus.HeaderNotBillable, ValidationStatus.NotFound, ValidationStatus.Malformed],
            response.Results.Select(r => r.Status));
        Assert.Equal(["E11.9", "E11", "Z99.99", "%%%"], response.Results.Select(r => r.Input));
        Assert.Equal("E11.9", response.Results[0].Code.Code_);
        Assert.Null(response.Results[2].Code);
        Assert.All(response.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
    }

    [Fact]
    public async Task ValidateCodes_Header_ListsBillableDescendants()
    {
        var result = (await Validate(CodeSystem.Icd10Cm, null, "e11")).Results.Single();

        Assert.Equal(ValidationStatus.HeaderNotBillable, result.Status);
        Assert.Equal(["E11.641", "E11.649", "E11.65", "E11.9", "E11.A"], result.BillableDescendants.Select(d => d.Code));
        Assert.All(result.BillableDescendants, d => Assert.True(d.Billable));
    }

    [Fact]
    public async Task ValidateCodes_HcpcsAfterTermination_Terminated()
    {
        var response = await Validate(CodeSystem.Hcpcs, Date(2026, 2, 1), "A4397", "J0696");

        Assert.Equal([ValidationStatus.Terminated, ValidationStatus.Valid], response.Results.Select(r => r.Status));
        Assert.Contains("2021-12-31", response.Results[0].Message);
        Assert.Equal(Date(2021, 12, 31), response.Results[0].Code.Validity.TerminationDate);
    }

    [Fact]
    public async Task ValidateCodes_HcpcsBeforeItsAddDate_NotEffective()
    {
        var result = (await Validate(CodeSystem.Hcpcs, Date(2025, 6, 1), "G9871")).Results.Single();

        Assert.Equal(ValidationStatus.NotEffective, result.Status);
    }

    [Fact]
    public async Task ValidateCodes_DeletedCode_NotFoundSayingItWasDeleted()
    {
        var result = (await Validate(CodeSystem.Icd10Cm, null, "S30.1XXA")).Results.Single();

        Assert.Equal(ValidationStatus.NotFound, result.Status);
        Assert.Contains("deleted", result.Message);
    }

    [Fact]
    public async Task ValidateCodes_NoCodes_InvalidArgumentOnCodes()
    {
        await FailsOnField("codes", () => Validate(CodeSystem.Icd10Cm, null));
    }

    [Fact]
    public async Task ValidateCodes_ThousandAndOneCodes_InvalidArgumentOnCodes()
    {
        await FailsOnField("codes", () => Validate(CodeSystem.Icd10Cm, null, Enumerable.Repeat("E11.9", 1_001).ToArray()));
    }

    [Fact]
    public async Task ValidateCodes_UnspecifiedSystem_InvalidArgumentOnSystem()
    {
        await FailsOnField("system", () => Validate(CodeSystem.Unspecified, null, "E11.9"));
    }

    [Fact]
    public async Task ValidateCodes_DateNoReleaseCovers_FailedPrecondition()
    {
        await FailsWith(StatusCode.FailedPrecondition, () => Validate(CodeSystem.Icd10Cm, Date(2020, 1, 1), "E11.9"));
    }

    [Fact]
    public async Task ValidateCodes_Type1AndType2_Excludes1ConflictFromE11()
    {
        var response = await Validate(CodeSystem.Icd10Cm, null, "E10.9", "E11.9");

        var conflict = Assert.Single(response.Conflicts);
        Assert.Equal(("E11.9", "E10.9"), (conflict.Code, conflict.ExcludedCode));
        Assert.Equal((NoteKind.Excludes1, "E11", "FY2023", true), (conflict.Note.Kind, conflict.Note.Source, conflict.Note.FromRelease, conflict.Note.Inherited));
        Assert.Equal(["E10.-"], conflict.Note.ReferencedCodes);
    }

    [Fact]
    public async Task ValidateCodes_Excludes2Only_NoConflict()
    {
        // R07's Excludes2 names N64.4, which the FY2026 fixture lacks; E11.9 and R07.9 exclude nothing of each other.
        var response = await Validate(CodeSystem.Icd10Cm, null, "E11.9", "R07.9", "Z79.4");

        Assert.Empty(response.Conflicts);
    }

    [Fact]
    public async Task ValidateCodes_UseAdditionalCodeNotListed_Unmet()
    {
        var response = await Validate(CodeSystem.Icd10Cm, null, "E11.9");

        var unmet = Assert.Single(response.UnmetRequirements);
        Assert.Equal(("E11.9", NoteKind.UseAdditionalCode, "E11"), (unmet.Code, unmet.Note.Kind, unmet.Note.Source));
        Assert.Equal(["Z79.4"], unmet.Note.ReferencedCodes);
    }

    [Fact]
    public async Task ValidateCodes_UseAdditionalCodeListed_Met()
    {
        var response = await Validate(CodeSystem.Icd10Cm, null, "E11.9", "Z79.4");

        Assert.Empty(response.UnmetRequirements);
        Assert.All(response.Results, r => Assert.Equal(ValidationStatus.Valid, r.Status));
    }

    [Fact]
    public async Task ValidateCodes_CodeFirstNotListed_UnmetWithItsCodes()
    {
        var response = await Validate(CodeSystem.Icd10Cm, null, "E08.9");

        var unmet = Assert.Single(response.UnmetRequirements);
        Assert.Equal((NoteKind.CodeFirst, "E08"), (unmet.Note.Kind, unmet.Note.Source));
        Assert.Equal(["E24.-"], unmet.Note.ReferencedCodes);
    }

    [Fact]
    public async Task ValidateCodes_CodesWithoutNotes_NoConflictsNorRequirements()
    {
        var response = await Validate(CodeSystem.Icd10Cm, null, "J06.9", "R07.9", "Z00.00");

        Assert.Empty(response.Conflicts);
        Assert.Empty(response.UnmetRequirements);
    }
}
