using CodeSearch.Suggestions.Engine;
using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Runs;
using CodeSearch.Evaluation.Tests.Support;

namespace CodeSearch.Evaluation.Tests.Runs;

public class PhraseEvaluatorTests
{
    private static readonly FakeIndex Index = new(new Dictionary<string, string[]>
    {
        ["asthma"] = ["J45909"],
        ["wheeze"] = ["R062", "J45909"],
    });

    private static readonly EvalDataset Dataset = new(DatasetKind.Phrases,
    [
        new("p1", "Asthma", ["J45"], CodeSystemId.Icd10Cm, true),
        new("p2", "wheeze", ["J45"], CodeSystemId.Icd10Cm, true),
        new("p3", "nothing", ["E11.9"], CodeSystemId.Icd10Cm),
    ]);

    private static PhraseEvaluator Evaluator(FakeSuggester suggester) =>
        new(new CodeSearchService(Index, TimeProvider.System), suggester, system => ReleaseCodeSet.Newest(Index, system));

    [Fact]
    public void Run_SearchTopOneAndTopFive_CategoryGoldByPrefix()
    {
        var report = Evaluator(FakeSuggester.NotImplemented()).Run(Dataset);

        Assert.Equal(1.0 / 3, report.Search.Top1, 10);
        Assert.Equal(2.0 / 3, report.Search.Top5, 10);
        Assert.Equal(["R06.2", "J45.909"], report.Rows[1].Search);
        Assert.All(Index.Scopes, s => Assert.Equal(CodeSystemId.Icd10Cm, Assert.Single(s.Releases).System));
    }

    [Fact]
    public void Run_SuggesterNotImplemented_SuggestNotAvailableAndSearchStillScored()
    {
        var report = Evaluator(FakeSuggester.NotImplemented()).Run(Dataset);

        Assert.Null(report.Suggest);
        Assert.All(report.Rows, r => Assert.Null(r.Suggest));
        Assert.Equal(3, report.Search.Rows);
    }

    [Fact]
    public void Run_Suggester_PhraseIsTheNoteText()
    {
        var suggester = new FakeSuggester(new Dictionary<string, (string, double)[]>
        {
            ["nothing"] = [("I10", 0.9), ("E119", 0.8)],
        });

        var report = Evaluator(suggester).Run(Dataset);

        Assert.Equal((0.0, 1.0 / 3), (report.Suggest!.Top1, report.Suggest.Top5));
        Assert.Equal(["Asthma", "wheeze", "nothing"], suggester.Requests.Select(r => r.Text));
        // Top-k scores the ranking, so the phrase gets the long list rather than the default cut-off.
        Assert.All(suggester.Requests, r => Assert.Equal((SuggestionLimits.MaxResultsLimit, (double?)0), (r.MaxResults, r.MinScore)));
    }
}
