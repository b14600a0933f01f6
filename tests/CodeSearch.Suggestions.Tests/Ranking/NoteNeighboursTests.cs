using CodeSearch.Core;
using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class NoteNeighboursTests
{
    private static readonly List<TrainingNote> Notes =
    [
        new("1", "Nocturia and an enlarged prostate.", CodeSystemId.Icd10Cm, ["N400"]),
        new("2", "Nocturia, weak stream; prostate enlarged.", CodeSystemId.Icd10Cm, ["N400", "R351"]),
        new("3", "Fever and cough.", CodeSystemId.Icd10Cm, ["R509"]),
        new("4", "Fever, cough and wheeze.", CodeSystemId.Icd10Cm, ["R509", "R062"]),
        new("5", "Prostate biopsy for an enlarged prostate.", CodeSystemId.Icd10Pcs, ["0VB0"]),
    ];

    private static (NoteNeighbours Neighbours, CodeTopics Topics) Learn()
    {
        var topics = TopicLearner.Learn(Notes);
        return (NeighbourLearner.Learn(Notes, topics), topics);
    }

    [Fact]
    public void Vote_SimilarNotesCodes_SharesSumToNeighbourCodes()
    {
        var (neighbours, topics) = Learn();

        var votes = neighbours.Vote(CodeSystemId.Icd10Cm, topics.NoteVector(CodeTopics.Stems("Enlarged prostate, nocturia.")));

        Assert.Equal(1.0, votes["N400"], 6);
        Assert.InRange(votes["R351"], 0.01, 0.99);
        Assert.False(votes.ContainsKey("R509"));
    }

    [Fact]
    public void Vote_OtherSystemsNotes_DoNotVote()
    {
        var (neighbours, topics) = Learn();

        var votes = neighbours.Vote(CodeSystemId.Icd10Cm, topics.NoteVector(CodeTopics.Stems("Prostate biopsy.")));

        Assert.False(votes.ContainsKey("0VB0"));
    }

    [Fact]
    public void Vote_NothingShared_Empty()
    {
        var (neighbours, topics) = Learn();

        Assert.Empty(neighbours.Vote(CodeSystemId.Icd10Cm, topics.NoteVector(CodeTopics.Stems("Sprained ankle."))));
        Assert.Empty(NoteNeighbours.Empty.Vote(CodeSystemId.Icd10Cm, topics.NoteVector(CodeTopics.Stems("Fever."))));
    }

    [Fact]
    public void Vote_KNearestNotesVote_NextNearestDoesNot()
    {
        // K train notes exactly on the note's topic, then one farther away: only the K nearest vote.
        var near = Enumerable.Range(0, NoteNeighbours.K)
            .Select(i => new NeighbourNote(CodeSystemId.Icd10Cm, new Dictionary<string, float> { ["prostat"] = 1f }, [$"N40{i}"]));
        var far = new NeighbourNote(CodeSystemId.Icd10Cm, new Dictionary<string, float> { ["prostat"] = 0.6f, ["fever"] = 0.8f }, ["R509"]);
        var neighbours = new NoteNeighbours([.. near, far]);

        var votes = neighbours.Vote(CodeSystemId.Icd10Cm, new Dictionary<string, float> { ["prostat"] = 1f });

        Assert.Equal(NoteNeighbours.K, votes.Count);
        Assert.All(votes.Values, v => Assert.Equal(1.0 / NoteNeighbours.K, v, 6));
        Assert.False(votes.ContainsKey("R509"));
    }

    [Fact]
    public void Learn_KeepsAtMostStemsPerNoteUnitVectors()
    {
        var (neighbours, _) = Learn();

        Assert.Equal(Notes.Count, neighbours.Notes.Count);
        Assert.All(neighbours.Notes, n => Assert.InRange(n.Vector.Count, 1, NoteNeighbours.StemsPerNote));
        Assert.All(neighbours.Notes, n => Assert.Equal(1.0, Math.Sqrt(n.Vector.Values.Sum(v => (double)v * v)), 2));
        Assert.Equal(["N400", "R351"], neighbours.Notes[1].Codes);
    }
}
