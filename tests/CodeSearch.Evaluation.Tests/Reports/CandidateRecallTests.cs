using CodeSearch.Evaluation.Reports;

namespace CodeSearch.Evaluation.Tests.Reports;

public class CandidateRecallTests
{
    [Fact]
    public void Of_SumsNotesAndAveragesPerNoteRecall()
    {
        var recall = CandidateRecall.Of([(4, 2, 1), (2, 2, 0), (0, 0, 0)]);

        Assert.Equal((6, 4, 1, 1), (recall.GoldCodes, recall.Suggested, recall.Excluded, recall.NeverProposed));
        Assert.Equal((0.5 + 1 + 0) / 3, recall.PerfectRankingMap, 10);
    }

    [Fact]
    public void Of_NoNotes_Zero() => Assert.Equal(0, CandidateRecall.Of([]).PerfectRankingMap);
}
