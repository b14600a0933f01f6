using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Reports;
using CodeSearch.Evaluation.Runs;
using CodeSearch.Evaluation.Tests.Support;

namespace CodeSearch.Evaluation.Tests.Runs;

/// <summary>The per-kind and per-system scores of a hand-written five-row everyday-query set.</summary>
public class PhraseEvaluatorByKindTests
{
    private static readonly FakeIndex Index = new(new Dictionary<string, string[]>
    {
        ["afib"] = ["E119"],
        ["htn"] = ["J45909"],
        ["astma"] = ["J45909"],
        ["wheeze"] = ["E119", "J45909"],
        ["sugar"] = ["E119"],
    });

    // abbreviation: 0 of 2 at top-1 and top-5; misspelling: 1 of 1 at top-1; lay: 1 of 2 at top-1, 2 of 2 at top-5.
    private static readonly EvalDataset Dataset = new(DatasetKind.Phrases,
    [
        new("e1", "afib", ["I48.91"], CodeSystemId.Icd10Cm, false, "abbreviation"),
        new("e2", "astma", ["J45.90"], CodeSystemId.Icd10Cm, true, "misspelling"),
        new("e3", "htn", ["I10"], CodeSystemId.Icd10Cm, false, "abbreviation"),
        new("e4", "wheeze", ["J45"], CodeSystemId.Icd10Cm, true, "lay"),
        new("e5", "sugar", ["E11.9"], CodeSystemId.Icd10Cm, false, "lay"),
    ]);

    private static PhraseEvaluator Evaluator(FakeSuggester? suggester) =>
        new(new CodeSearchService(Index, TimeProvider.System), suggester, system => ReleaseCodeSet.Newest(Index, system));

    [Fact]
    public void Run_RowsWithKinds_EachKindScoredInTheOrderKindsFirstAppear()
    {
        var report = Evaluator(null).Run(Dataset);

        Assert.Equal(["abbreviation", "misspelling", "lay"], report.ByKind.Select(g => g.Group));
        Assert.Equal((0.0, 0.0, 2), Scores(report.Kind("abbreviation")!));
        Assert.Equal((1.0, 1.0, 1), Scores(report.Kind("misspelling")!));
        Assert.Equal((0.5, 1.0, 2), Scores(report.Kind("lay")!));
        Assert.Equal((2.0 / 5, 3.0 / 5, 5), (report.Search.Top1, report.Search.Top5, report.Search.Rows));
    }

    [Fact]
    public void Run_RowsWithKinds_RowsCarryKindAndSystem()
    {
        var report = Evaluator(null).Run(Dataset);

        Assert.Equal(["abbreviation", "misspelling", "abbreviation", "lay", "lay"], report.Rows.Select(r => r.Kind));
        Assert.All(report.Rows, r => Assert.Equal("ICD-10-CM", r.System));
        var system = Assert.Single(report.BySystem);
        Assert.Equal(("ICD-10-CM", 5), (system.Group, system.Search.Rows));
    }

    [Fact]
    public void Run_NoSuggester_SearchOnlyWithoutSuggestScores()
    {
        var report = Evaluator(null).Run(Dataset);

        Assert.Null(report.Suggest);
        Assert.All(report.Rows, r => Assert.Null(r.Suggest));
        Assert.All(report.ByKind, g => Assert.Null(g.Suggest));
    }

    [Fact]
    public void Run_WithSuggester_EachKindAlsoCarriesSuggestScores()
    {
        var suggester = new FakeSuggester(new Dictionary<string, (string, double)[]>
        {
            ["afib"] = [("I4891", 0.9)],
            ["htn"] = [("R030", 0.8), ("I10", 0.7)],
        });

        var report = Evaluator(suggester).Run(Dataset);

        var abbreviations = report.Kind("abbreviation")!.Suggest!;
        Assert.Equal((0.5, 1.0, 2), (abbreviations.Top1, abbreviations.Top5, abbreviations.Rows));
        Assert.Equal((0.0, 0.0), (report.Kind("lay")!.Suggest!.Top1, report.Kind("lay")!.Suggest!.Top5));
    }

    [Fact]
    public void Run_RowsWithoutKind_NoKindGroups()
    {
        var untyped = Dataset with { Documents = Dataset.Documents.Select(d => d with { Kind = null }).ToList() };

        var report = Evaluator(null).Run(untyped);

        Assert.Empty(report.ByKind);
        Assert.Null(report.Kind("lay"));
    }

    private static (double, double, int) Scores(GroupScores group) => (group.Search.Top1, group.Search.Top5, group.Search.Rows);
}
