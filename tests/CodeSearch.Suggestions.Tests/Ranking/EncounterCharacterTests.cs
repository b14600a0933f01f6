using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Ranking;

/// <summary>The 7th character from a stated encounter only (Ranking/EncounterCharacter), through the engine over a small
/// hand-made release.</summary>
public class EncounterCharacterTests
{
    private static readonly FakeIndex Index = new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("S72302", "Unspecified fracture of shaft of left femur", billable: false, order: 1))
        .WithCode(Icd("S72302A", "Unspecified fracture of shaft of left femur, initial encounter for closed fracture", parent: "S72302", order: 2))
        .WithCode(Icd("S72302B", "Unspecified fracture of shaft of left femur, initial encounter for open fracture type I or II", parent: "S72302", order: 3))
        .WithCode(Icd("S72302D", "Unspecified fracture of shaft of left femur, subsequent encounter for closed fracture with routine healing", parent: "S72302", order: 4))
        .WithCode(Icd("S72302S", "Unspecified fracture of shaft of left femur, sequela", parent: "S72302", order: 5))
        .WithCode(Icd("S025", "Fracture of tooth (traumatic)", billable: false, order: 6))
        .WithCode(Icd("S025XXA", "Fracture of tooth (traumatic), initial encounter for closed fracture", parent: "S025", order: 7))
        .WithCode(Icd("S025XXS", "Fracture of tooth (traumatic), sequela", parent: "S025", order: 8))
        .WithCode(Icd("I69351", "Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", order: 9));

    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty);

    private static List<string> Codes(string text) =>
        Engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), text, CancellationToken.None)
            .Select(c => c.Code.Code).ToList();

    [Fact]
    public void Candidates_InitialEncounterStated_InitialCode()
    {
        var codes = Codes("Fracture of the shaft of the left femur. Initial encounter in the emergency department.");

        Assert.Contains("S72302A", codes);
        Assert.DoesNotContain(codes, c => c is "S72302D" or "S72302S" or "S72302");
    }

    [Fact]
    public void Candidates_FollowUpVisitForRoutineHealing_SubsequentCode()
    {
        var codes = Codes("Follow-up visit for routine healing of a fracture of the shaft of the left femur.");

        Assert.Contains("S72302D", codes);
        Assert.DoesNotContain(codes, c => c is "S72302A" or "S72302B");
    }

    [Fact]
    public void Candidates_SequelaInTheSameSentence_SequelaCode()
    {
        var codes = Codes("Pain as a sequela of a fracture of the shaft of the left femur.");

        Assert.Contains("S72302S", codes);
        Assert.DoesNotContain("S72302A", codes);
    }

    [Fact]
    public void Candidates_SequelaOnlyOfAnotherCondition_NotAppliedToTheFracture()
    {
        var codes = Codes("Right hemiparesis as a sequela of cerebral infarction. Fracture of the shaft of the left femur.");

        Assert.DoesNotContain("S72302S", codes);
        Assert.Contains("S72302", codes);
    }

    [Fact]
    public void Candidates_NoEncounterStated_CodeWithoutSeventhCharacter()
    {
        var codes = Codes("Fracture of the shaft of the left femur after a fall.");

        Assert.Contains("S72302", codes);
        Assert.DoesNotContain(codes, c => c.StartsWith("S72302", StringComparison.Ordinal) && c.Length == 7);
    }

    [Fact]
    public void Candidates_NoEncounterAndNoSixCharacterCode_FullCodeKept()
    {
        var codes = Codes("Traumatic fracture of tooth.");

        Assert.Contains("S025XXA", codes);
        Assert.DoesNotContain("S025XXS", codes);
    }

    [Fact]
    public void Candidates_InitialAndSubsequentBothStated_NoEncounterGuessed()
    {
        var codes = Codes("Initial encounter for the fracture of the shaft of the left femur; follow-up visit planned.");

        Assert.Contains("S72302", codes);
        Assert.DoesNotContain(codes, c => c is "S72302A" or "S72302D");
    }

    [Theory]
    [InlineData("Femur fracture, initial encounter for closed fracture", Encounter.Initial)]
    [InlineData("Femur fracture, subsequent encounter for fracture with delayed healing", Encounter.Subsequent)]
    [InlineData("Burn of right hand, sequela", Encounter.Sequela)]
    [InlineData("Sequelae of tuberculosis", Encounter.None)]
    public void KindOf_Description_EncounterItNames(string description, Encounter expected) =>
        Assert.Equal(expected, EncounterCharacter.KindOf(description));
}
