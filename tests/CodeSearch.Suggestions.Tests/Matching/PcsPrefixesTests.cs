using CodeSearch.Core;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Matching;

public class PcsPrefixesTests
{
    private static MedicalCode Pcs(string code, int order, bool billable = true) => new()
    {
        System = CodeSystemId.Icd10Pcs, Code = code, Description = $"Procedure {code}", Kind = billable ? CodeKind.Code : CodeKind.Header,
        Billable = billable, Order = order, ReleaseId = "FY2026",
    };

    // Official order puts the open approach first; the table header (3 characters) is not billable.
    private static readonly MedicalCode[] Table =
    [
        Pcs("0DT", 1, billable: false), Pcs("0DT60ZZ", 2), Pcs("0DT64ZZ", 3), Pcs("0DT67ZZ", 4), Pcs("0DTJ0ZZ", 5),
    ];

    [Fact]
    public void For_TruncatedCode_FirstBillableCodeUnderItInOfficialOrder()
    {
        var found = PcsPrefixes.For(CodeSystemId.Icd10Pcs, Table.Reverse().ToArray(), ["0DT6"]);

        Assert.Equal("0DT60ZZ", Table.Reverse().ToArray()[found["0DT6"]].Code);
    }

    [Fact]
    public void For_PrefixWithNoCodeUnderIt_Absent()
    {
        Assert.Empty(PcsPrefixes.For(CodeSystemId.Icd10Pcs, Table, ["0DTQ"]));
    }

    [Fact]
    public void For_OtherSystem_Empty()
    {
        Assert.Empty(PcsPrefixes.For(CodeSystemId.Icd10Cm, Table, ["0DT6"]));
    }

    [Fact]
    public void Build_LearnedPhraseOfTruncatedPcsCode_KeptUnderPrefixAndCounted()
    {
        LearnedTerm[] learned =
        [
            new(["gastrectomi"], CodeSystemId.Icd10Pcs, "0DT6", 3, 0.5f),
            new(["appendectomi"], CodeSystemId.Icd10Pcs, "0DTJ0ZZ", 3, 0.5f),
            new(["gone"], CodeSystemId.Icd10Pcs, "0DTQ", 3, 0.5f),
            new([], CodeSystemId.Icd10Pcs, "0DT6", 3, 0.5f),
        ];

        var dictionary = DictionaryBuilder.Build(CodeSystemId.Icd10Pcs, Table, _ => [], learned);

        Assert.Equal(new LearnedTermReport(Kept: 1, UnderPrefix: 1, NotInRelease: 1, Empty: 1), dictionary.LearnedTerms);
        var gastrectomy = Assert.Single(dictionary.Terms, t => t.Source == TermSource.Learned && t.Text == "gastrectomi");
        Assert.Equal("0DT60ZZ", dictionary.Codes[gastrectomy.CodePosition].Code);
    }
}
