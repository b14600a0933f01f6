using CodeSearch.Core;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class ExplainedSymptomsTests
{
    // Urology notes code hematuria with kidney stones; respiratory notes code fever with pneumonia.
    private static readonly CodeTopics Topics = TopicLearner.Learn(
    [
        new("1", "Renal colic with hematuria; ultrasound showed a ureteral stone and hydronephrosis.", CodeSystemId.Icd10Cm, ["N201", "R319"]),
        new("2", "Hematuria and flank pain, a kidney stone on ultrasound, hydronephrosis.", CodeSystemId.Icd10Cm, ["N200", "R319"]),
        new("3", "Cough and fever; chest X-ray showed lobar consolidation.", CodeSystemId.Icd10Cm, ["J189", "R509"]),
        new("4", "Fever with productive cough, crackles at the right base, consolidation.", CodeSystemId.Icd10Cm, ["J189", "R509"]),
    ]);

    internal static CodeCandidate Candidate(string code, float coverage, TermSource source = TermSource.Description,
        AssertionKind assertion = AssertionKind.Present, params int[] required) =>
        new(new MedicalCode { System = CodeSystemId.Icd10Cm, Code = code, Description = "d", Kind = CodeKind.Code, Billable = true, ReleaseId = "r" },
            [new Mention(0, new Term(0, "t", source, required.Length == 0 ? [1] : required, required.Length == 0 ? [1f] : required.Select(_ => 1f).ToArray(), Array.Empty<int>(), 0, 0),
                0, coverage, new TextSpan(0, 5), 1f, false, 1) { Assertion = assertion }]);

    [Fact]
    public void Symptom_BesideADiagnosisOfItsTopic_ScoresAboveOneBesideAnotherTopic()
    {
        var hematuria = Candidate("R319", 1f);
        var fever = Candidate("R509", 1f);
        var stone = Candidate("N201", 1f);

        var explained = ExplainedSymptoms.For([hematuria, fever, stone], Topics);

        Assert.True(explained[0] > 0.5, $"hematuria beside a ureteral stone: {explained[0]}");
        Assert.True(explained[1] < explained[0], $"fever beside a ureteral stone: {explained[1]}");
        Assert.Equal(0, explained[2]);
    }

    [Fact]
    public void OnlyFullyStatedCountedDiagnosesExplain()
    {
        Assert.Equal(0, ExplainedSymptoms.For([Candidate("R319", 1f), Candidate("N201", 0.6f)], Topics)[0]);
        Assert.Equal(0, ExplainedSymptoms.For([Candidate("R319", 1f), Candidate("N201", 1f, assertion: AssertionKind.Negated)], Topics)[0]);
        Assert.Equal(0, ExplainedSymptoms.For([Candidate("R319", 1f), Candidate("N201", 1f, TermSource.Neighbour)], Topics)[0]);
        // A symptom does not explain another symptom.
        Assert.Equal(0, ExplainedSymptoms.For([Candidate("R319", 1f), Candidate("R509", 1f)], Topics)[0]);
    }

    [Fact]
    public void WithoutTopics_Zero() =>
        Assert.Equal([0.0, 0.0], ExplainedSymptoms.For([Candidate("R319", 1f), Candidate("N201", 1f)], CodeTopics.Empty));

    [Fact]
    public void CodeToCodeSimilarity_Symmetric_ZeroForUnknownCodes()
    {
        var (a, b) = (Candidate("R319", 1f).Code, Candidate("N201", 1f).Code);

        Assert.Equal(Topics.Similarity(a, b), Topics.Similarity(b, a), 12);
        Assert.Equal(0, Topics.Similarity(a, Candidate("Z000", 1f).Code));
    }
}
