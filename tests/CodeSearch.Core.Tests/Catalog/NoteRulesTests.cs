using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Tests.Support;
using static CodeSearch.Core.Tests.Support.Codes;
using static CodeSearch.Core.Tests.Support.Tabular;

namespace CodeSearch.Core.Tests.Catalog;

/// <summary>ValidateCodes checks the codes together against their Excludes1, "code first" and "use additional code" notes.</summary>
public class NoteRulesTests
{
    private static readonly FakeCodeIndex Index = new FakeCodeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30))
        .WithCode(Icd("E08", "Diabetes mellitus due to underlying condition", false, null))
        .WithCode(Icd("E089", "Diabetes mellitus due to underlying condition without complications", true, "E08"))
        .WithCode(Icd("E10", "Type 1 diabetes mellitus", false, null))
        .WithCode(Icd("E109", "Type 1 diabetes mellitus without complications", true, "E10"))
        .WithCode(Icd("E11", "Type 2 diabetes mellitus", false, null))
        .WithCode(Icd("E119", "Type 2 diabetes mellitus without complications", true, "E11"))
        .WithCode(Icd("E240", "Pituitary-dependent Cushing's disease", true, null))
        .WithCode(Icd("I509", "Heart failure, unspecified", true, null))
        .WithCode(Icd("Z794", "Long term (current) use of insulin", true, null))
        .WithCode(Icd("Z7984", "Long term (current) use of oral hypoglycemic drugs", true, null))
        .WithReference(Data(
        [
            Chapter("4", "Endocrine, nutritional and metabolic diseases (E00-E89)"),
            Section("E08-E13", "4", "Diabetes mellitus (E08-E13)"),
            Diag("E08", "E08-E13", "Diabetes mellitus due to underlying condition",
                Note(NoteKind.CodeFirst, "the underlying condition, such as Cushing's syndrome (E24.-)", Prefix("E24")),
                Note(NoteKind.CodeFirst, "the underlying condition")),
            Diag("E089", "E08", "Diabetes mellitus due to underlying condition without complications"),
            Diag("E10", "E08-E13", "Type 1 diabetes mellitus",
                Note(NoteKind.Excludes1, "type 2 diabetes mellitus (E11.-)", Prefix("E11")),
                Note(NoteKind.UseAdditionalCode, "code to identify control using insulin")),
            Diag("E109", "E10", "Type 1 diabetes mellitus without complications"),
            Diag("E11", "E08-E13", "Type 2 diabetes mellitus",
                Note(NoteKind.Excludes1, "diabetes mellitus due to underlying condition (E08.-)", Prefix("E08")),
                Note(NoteKind.Excludes1, "type 1 diabetes mellitus (E10.-)", Prefix("E10")),
                Note(NoteKind.Excludes2, "heart failure (I50.-)", Prefix("I50")),
                Note(NoteKind.UseAdditionalCode, "insulin (Z79.4)", Exactly("Z794")),
                Note(NoteKind.UseAdditionalCode, "oral hypoglycemic drugs (Z79.84)", Exactly("Z7984"))),
            Diag("E119", "E11", "Type 2 diabetes mellitus without complications"),
        ]));

    private static readonly FixedTimeProvider Today = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private readonly CodeLookupService _service = new(Index, Today);

    private ValidationReport Validate(params string[] codes) => _service.Validate(CodeSystemId.Icd10Cm, codes, null);

    [Fact]
    public void Validate_Type1AndType2_Excludes1ConflictBothWays()
    {
        var report = Validate("E10.9", "E11.9");

        Assert.Equal(
            [("E109", "E119", "E10"), ("E119", "E109", "E11")],
            report.Conflicts.Select(c => (c.Code.Code, c.Excluded.Code, c.Note.SourceId)).Order());
        var fromE11 = report.Conflicts.Single(c => c.Code.Code == "E119");
        Assert.Equal((NoteKind.Excludes1, "type 1 diabetes mellitus (E10.-)", true, "FY2023"),
            (fromE11.Note.Note.Kind, fromE11.Note.Note.Text, fromE11.Note.Inherited, fromE11.Note.FromRelease));
    }

    [Fact]
    public void Validate_ExcludedCodeInOneDirectionOnly_OneConflict()
    {
        var report = Validate("E08.9", "E11.9", "E24.0", "Z79.4");

        var conflict = Assert.Single(report.Conflicts);
        Assert.Equal(("E119", "E089"), (conflict.Code.Code, conflict.Excluded.Code));
    }

    [Fact]
    public void Validate_Excludes2_NoConflict()
    {
        var report = Validate("E11.9", "I50.9", "Z79.4");

        Assert.Empty(report.Conflicts);
        Assert.Empty(report.Unmet);
    }

    [Theory]
    [InlineData("Z79.4")]
    [InlineData("Z79.84")]
    public void Validate_AnyAlternativeOfUseAdditionalCodeListed_Met(string additional)
    {
        var report = Validate("E11.9", additional);

        Assert.Empty(report.Unmet);
    }

    [Fact]
    public void Validate_NoAlternativeListed_ReportedOnceWithTheLinesJoined()
    {
        var report = Validate("E11.9");

        var unmet = Assert.Single(report.Unmet);
        Assert.Equal("E119", unmet.Code.Code);
        Assert.Equal(NoteKind.UseAdditionalCode, unmet.Note.Note.Kind);
        Assert.Equal(("E11", true), (unmet.Note.SourceId, unmet.Note.Inherited));
        Assert.Contains("insulin (Z79.4)", unmet.Note.Note.Text);
        Assert.Contains("oral hypoglycemic drugs (Z79.84)", unmet.Note.Note.Text);
        Assert.Equal([Exactly("Z794"), Exactly("Z7984")], unmet.Note.Note.References);
    }

    [Fact]
    public void Validate_CodeFirstNotListed_UnmetWithTheLineThatNamesCodes()
    {
        var report = Validate("E08.9");

        var unmet = Assert.Single(report.Unmet);
        Assert.Equal((NoteKind.CodeFirst, "the underlying condition, such as Cushing's syndrome (E24.-)"), (unmet.Note.Note.Kind, unmet.Note.Note.Text));
    }

    [Fact]
    public void Validate_CodeFirstListed_Met()
    {
        Assert.Empty(Validate("E08.9", "E24.0").Unmet);
    }

    [Fact]
    public void Validate_NotesNamingNoCode_NeverReported()
    {
        // E10's "use additional code" line names no code: it cannot be checked.
        var report = Validate("E10.9");

        Assert.Empty(report.Unmet);
        Assert.Empty(report.Conflicts);
    }

    [Fact]
    public void Validate_CodeNotFound_TakesNoPartInTheChecks()
    {
        var report = Validate("E11.9", "E10.99", "Z79.4");

        Assert.Empty(report.Conflicts);
        Assert.Empty(report.Unmet);
        Assert.Equal(CodeValidationStatus.NotFound, report.Results[1].Status);
    }
}
