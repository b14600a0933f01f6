using CodeSearch.Core.Reference;
using static CodeSearch.Core.Tests.Support.Codes;
using static CodeSearch.Core.Tests.Support.Tabular;

namespace CodeSearch.Core.Tests.Reference;

/// <summary>7th-character choices: the nearest sevenChrDef above a code, full codes X-padded and given only when they exist.</summary>
public class ReferenceLookupSevenCharacterTests
{
    private static readonly ReferenceLookup Lookup = new(Data(
    [
        Chapter("19", "Injury, poisoning and certain other consequences of external causes (S00-T88)"),
        Section("S30-S39", "19", "Injuries to the abdomen, lower back, lumbar spine, pelvis and external genitals (S30-S39)"),
        Diag("S32", "S30-S39", "Fracture of lumbar spine and pelvis") with
        {
            SevenCharacters = [Seventh('A', "initial encounter for closed fracture"), Seventh('S', "sequela")],
        },
        Diag("S322", "S32", "Fracture of coccyx"),
        Section("S70-S79", "19", "Injuries to the hip and thigh (S70-S79)"),
        Diag("S72", "S70-S79", "Fracture of femur") with
        {
            SevenCharacters = [Seventh('A', "initial encounter for closed fracture"), Seventh('D', "subsequent encounter"), Seventh('S', "sequela")],
        },
        Diag("S720", "S72", "Fracture of head and neck of femur"),
        Diag("S7200", "S720", "Fracture of unspecified part of neck of femur"),
        Diag("S72001", "S7200", "Fracture of unspecified part of neck of right femur"),
        // A nearer definition overrides the category's.
        Diag("S729", "S72", "Fracture of unspecified femur") with
        {
            SevenCharacters = [Seventh('A', "initial encounter, nearer definition"), Seventh('B', "open fracture, nearer definition")],
        },
        Diag("S7290", "S729", "Fracture of unspecified femur, unspecified side"),
        Chapter("4", "Endocrine, nutritional and metabolic diseases (E00-E89)"),
        Section("E08-E13", "4", "Diabetes mellitus (E08-E13)"),
        Diag("E11", "E08-E13", "Type 2 diabetes mellitus"),
        Diag("E119", "E11", "Type 2 diabetes mellitus without complications"),
    ]));

    private static readonly MedicalCode S322 = Icd("S322", "Fracture of coccyx", false, null);
    private static readonly MedicalCode S322XXA = Icd("S322XXA", "Fracture of coccyx, initial encounter for closed fracture", true, "S322");
    private static readonly MedicalCode S72001 = Icd("S72001", "Fracture of unspecified part of neck of right femur", false, null);
    private static readonly MedicalCode S72001A = Icd("S72001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture", true, "S72001");
    private static readonly MedicalCode S72001S = Icd("S72001S", "Fracture of unspecified part of neck of right femur, sequela", true, "S72001");
    private static readonly MedicalCode S7290 = Icd("S7290", "Fracture of unspecified femur, unspecified side", false, null);
    private static readonly MedicalCode E119 = Icd("E119", "Type 2 diabetes mellitus without complications", true, null);

    private static readonly Func<string, MedicalCode?> Find = Finder(S322, S322XXA, S72001, S72001A, S72001S, S7290, E119);

    [Fact]
    public void SevenCharactersFor_CodeUnderCategoryDefinition_ChoicesWithExistingFullCodes()
    {
        var options = Lookup.SevenCharactersFor(S72001, Find);

        Assert.Equal(
        [
            ('A', "initial encounter for closed fracture", "S72001A"),
            ('D', "subsequent encounter", null),
            ('S', "sequela", "S72001S"),
        ], options.Select(o => (o.Character, o.Description, o.Code)));
        Assert.All(options, o => Assert.Equal(("S72", "FY2023"), (o.SourceId, o.FromRelease)));
    }

    [Fact]
    public void SevenCharactersFor_ShortCode_PaddedWithXToSixCharacters()
    {
        var options = Lookup.SevenCharactersFor(S322, Find);

        Assert.Equal([('A', "S322XXA"), ('S', null)], options.Select(o => (o.Character, o.Code)));
    }

    [Fact]
    public void SevenCharactersFor_FullSevenCharacterCode_ChoicesOfItsStem()
    {
        var options = Lookup.SevenCharactersFor(S72001A, Find);

        Assert.Equal(["S72001A", null, "S72001S"], options.Select(o => o.Code));
    }

    [Fact]
    public void SevenCharactersFor_NearerDefinition_WinsOverTheCategory()
    {
        var options = Lookup.SevenCharactersFor(S7290, Find);

        Assert.Equal(['A', 'B'], options.Select(o => o.Character));
        Assert.All(options, o => Assert.Equal("S729", o.SourceId));
    }

    [Fact]
    public void SevenCharactersFor_NoDefinitionAbove_None()
    {
        Assert.Empty(Lookup.SevenCharactersFor(E119, Find));
    }

    [Fact]
    public void SevenCharactersFor_NotIcd10CmOrNoTabular_None()
    {
        Assert.Empty(Lookup.SevenCharactersFor(Hcpcs("S7200", "A HCPCS code"), Find));
        Assert.Empty(new ReferenceLookup(ReferenceData.Empty("FY2026")).SevenCharactersFor(S72001, Find));
    }
}
