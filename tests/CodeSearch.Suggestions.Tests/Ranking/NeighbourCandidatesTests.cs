using CodeSearch.Core;
using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Ranking;

/// <summary>Codes of the nearest train notes become candidates above a vote that depends on the code system.</summary>
public class NeighbourCandidatesTests
{
    private const string Text = "Gallbladder removed after repeated biliary colic.";

    private static readonly CodeTopics Topics = TopicLearner.Learn(
    [
        new("1", "Biliary colic; the gallbladder was removed.", CodeSystemId.Icd10Cm, ["K805"]),
        new("2", "Biliary colic; the gallbladder was removed.", CodeSystemId.Icd10Pcs, ["0FT44ZZ"]),
        new("3", "Fever and cough.", CodeSystemId.Icd10Cm, ["R509"]),
        new("4", "Fever, cough and wheeze.", CodeSystemId.Icd10Cm, ["R509", "R062"]),
    ]);

    private static TermDictionary Diagnoses() => Dictionary([Icd("K805", "Calculus of bile duct without cholangitis or cholecystitis")]);

    private static TermDictionary Procedures() => DictionaryBuilder.Build(CodeSystemId.Icd10Pcs,
        [new MedicalCode
        {
            System = CodeSystemId.Icd10Pcs, Code = "0FT44ZZ", Description = "Resection of Gallbladder, Percutaneous Endoscopic Approach",
            Kind = CodeKind.Code, Billable = true, Order = 1, ReleaseId = Release,
        }], _ => [], []);

    private static List<CodeCandidate> Find(TermDictionary dictionary, string code, double vote)
    {
        var sentences = new NoteReader().Read(Text, dictionary.Vocabulary, CancellationToken.None);
        return NeighbourCandidates.Find(new Dictionary<string, double> { [code] = vote }, [], Text, sentences, dictionary, Topics);
    }

    [Fact]
    public void Find_VoteBetweenProcedureAndDiagnosisThresholds_OnlyProcedureProposed()
    {
        var vote = (NeighbourCandidates.MinVoteProcedures + NeighbourCandidates.MinVote) / 2;

        Assert.Equal(["0FT44ZZ"], Find(Procedures(), "0FT44ZZ", vote).Select(c => c.Code.Code));
        Assert.Empty(Find(Diagnoses(), "K805", vote));
    }

    [Fact]
    public void Find_VoteAboveBothThresholds_BothProposedOnTheirBestSentence()
    {
        var found = Find(Diagnoses(), "K805", NeighbourCandidates.MinVote);

        Assert.Equal(["K805"], found.Select(c => c.Code.Code));
        Assert.Equal(TermSource.Neighbour, found[0].Best.Term.Source);
        Assert.Equal(["0FT44ZZ"], Find(Procedures(), "0FT44ZZ", NeighbourCandidates.MinVote).Select(c => c.Code.Code));
    }

    [Fact]
    public void Find_VoteUnderProcedureThreshold_NothingProposed() =>
        Assert.Empty(Find(Procedures(), "0FT44ZZ", NeighbourCandidates.MinVoteProcedures / 2));
}
