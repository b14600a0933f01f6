using CodeSearch.Core;
using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class CodeTopicsTests
{
    private static readonly List<TrainingNote> Notes =
    [
        new("1", "Prostate biopsy for raised PSA; urinary retention and nocturia.", CodeSystemId.Icd10Cm, ["N400", "R339"]),
        new("2", "Nocturia and weak urinary stream, enlarged prostate on rectal exam.", CodeSystemId.Icd10Cm, ["N400"]),
        new("3", "Cough and fever; chest X-ray showed lobar consolidation.", CodeSystemId.Icd10Cm, ["J189", "R509"]),
        new("4", "Fever with productive cough, crackles at the right base, consolidation.", CodeSystemId.Icd10Cm, ["J189"]),
    ];

    private static readonly CodeTopics Topics = TopicLearner.Learn(Notes);

    private static double Similarity(string code, string text) =>
        Topics.Similarity(CodeSystemId.Icd10Cm, code, Topics.NoteVector(CodeTopics.Stems(text)));

    [Fact]
    public void Similarity_NoteOnTheCodesTopic_HigherThanOffTopic()
    {
        const string urology = "Elderly man with nocturia and an enlarged prostate.";

        Assert.True(Similarity("N400", urology) > Similarity("J189", urology));
        Assert.True(Similarity("J189", "Fever and cough, consolidation on X-ray.") > Similarity("N400", "Fever and cough, consolidation on X-ray."));
    }

    [Fact]
    public void Similarity_InUnitInterval()
    {
        foreach (var code in new[] { "N400", "R339", "J189", "R509" })
        {
            Assert.InRange(Similarity(code, Notes[0].Text), 0.0, 1.0 + 1e-6);
        }
    }

    [Fact]
    public void Similarity_UnknownCodeOrEmptyNote_Zero()
    {
        Assert.Equal(0, Similarity("Z000", Notes[0].Text));
        Assert.Equal(0, Similarity("N400", ""));
        Assert.Equal(0, CodeTopics.Empty.Similarity(CodeSystemId.Icd10Cm, "N400", Topics.NoteVector(CodeTopics.Stems(Notes[0].Text))));
    }

    [Fact]
    public void Learn_StemsInOneNoteOnly_HaveNoIdf()
    {
        Assert.True(Topics.Idf.ContainsKey(Stemmer.Stem("nocturia")));
        Assert.False(Topics.Idf.ContainsKey(Stemmer.Stem("biopsy")));
    }

    [Fact]
    public void Learn_CodeVectors_UnitLengthAndAtMostTheCap()
    {
        Assert.All(Topics.Codes.Values, v =>
        {
            Assert.InRange(v.Count, 1, TopicLearner.StemsPerCode);
            Assert.InRange(Math.Sqrt(v.Values.Sum(x => (double)x * x)), 0.99, 1.01);
        });
    }

    [Fact]
    public void Learn_SameNotes_SameTopics()
    {
        var again = TopicLearner.Learn(Notes);

        Assert.Equal(Topics.Codes.Keys.Order(), again.Codes.Keys.Order());
        Assert.All(Topics.Codes, p => Assert.Equal(p.Value.OrderBy(x => x.Key), again.Codes[p.Key].OrderBy(x => x.Key)));
    }

    [Fact]
    public void Stems_DropsStopWordsNumbersAndSingleLetters() =>
        Assert.Equal([Stemmer.Stem("fever"), Stemmer.Stem("cough")], CodeTopics.Stems("Fever and cough for 3 x"));
}
