using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Guidelines;

/// <summary>"Use additional code" and "code first" notes of a hand-written Tabular List mark the code they name when
/// the note's own code is a counted candidate too.</summary>
public class TabularNotePairsTests
{
    private static readonly FakeIndex Index = new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("E11", "Type 2 diabetes mellitus", billable: false))
        .WithCode(Icd("E119", "Type 2 diabetes mellitus without complications", parent: "E11"))
        .WithCode(Icd("H3600", "Retinopathy in a disease classified elsewhere"))
        .WithCode(Icd("Z794", "Long term (current) use of insulin"))
        .WithReference(new ReferenceData
        {
            TargetReleaseId = Release,
            Tabular = new TabularList(Release,
            [
                Node("E11", "Type 2 diabetes mellitus", null,
                    new TabularNote(NoteKind.UseAdditionalCode, "Use additional code to identify insulin use (Z79.4)", [new CodeReference("Z794", "Z794", false)])),
                Node("E119", "Type 2 diabetes mellitus without complications", "E11"),
                Node("H3600", "Retinopathy in a disease classified elsewhere", null,
                    new TabularNote(NoteKind.CodeFirst, "Code first underlying disease (E11.-)", [new CodeReference("E11", "E11", true)])),
                Node("Z794", "Long term (current) use of insulin", null),
            ]),
        });

    private static readonly SuggestionEngine Engine = new(Index, SuggestionModel.Empty);

    private static TabularNode Node(string id, string description, string? parent, params TabularNote[] notes) =>
        new() { Level = TabularLevel.Code, Id = id, Description = description, ParentId = parent, Notes = notes };

    private static Dictionary<string, ScoredCandidate> Candidates(string text) =>
        Engine.Candidates(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null), text, CancellationToken.None)
            .ToDictionary(c => c.Code.Code);

    [Fact]
    public void Apply_UseAdditionalCodeOfACandidate_NamedCodeMarked()
    {
        var candidates = Candidates("Type 2 diabetes mellitus. On insulin.");

        Assert.True(candidates["Z794"].Context.NamedByNote);
        Assert.False(candidates["E119"].Context.NamedByNote);
    }

    [Fact]
    public void Apply_CodeFirstOfACandidate_UnderlyingConditionMarked()
    {
        var candidates = Candidates("Type 2 diabetes mellitus. Retinopathy in a disease classified elsewhere.");

        Assert.True(candidates["E119"].Context.NamedByNote);
    }

    [Fact]
    public void Apply_NoteOwnerAbsentOrNegated_NothingMarked()
    {
        Assert.False(Candidates("On insulin.")["Z794"].Context.NamedByNote);
        Assert.False(Candidates("No diabetes mellitus. On insulin.")["Z794"].Context.NamedByNote);
    }

    [Fact]
    public void Apply_NamedCode_FeatureSet()
    {
        var candidate = Candidates("Type 2 diabetes mellitus. On insulin.")["Z794"];
        var features = FeatureVector.Of(candidate, Engine.Dictionaries.Get(Index, ReleaseSelector.Select(Index, CodeSystemId.Icd10Cm, null)), CodePriors.Empty);

        Assert.Equal(1, features[Array.IndexOf(FeatureVector.Names, "tabular_note_pair")]);
    }
}
