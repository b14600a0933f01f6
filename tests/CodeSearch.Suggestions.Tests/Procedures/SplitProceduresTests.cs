using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Procedures;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Procedures;

public class SplitProceduresTests
{
    private static List<ScoredCandidate> Analyze(string text)
    {
        var composed = ProcedureTerms.Compose(PcsTables.From(PcsFixture.Codes), PcsFixture.Words);
        var dictionary = DictionaryBuilder.Build(CodeSystemId.Icd10Pcs, PcsFixture.Codes, _ => [], [], composed: composed);
        return new NoteAnalyzer().Analyze(text, dictionary, CodePriors.Empty, RankerModel.Initial, CancellationToken.None);
    }

    [Fact]
    public void Analyze_BiopsyThenBodyPartInNextSentence_Composed()
    {
        var candidates = Analyze("An incisional biopsy of the lesion was performed. The lesion sat in the liver.");

        var code = Assert.Single(candidates, c => c.Code.Code == "0FB00ZX");
        Assert.Equal(TermSource.Composed, code.Best.Term.Source);
    }

    [Fact]
    public void Analyze_BodyPartInSentenceBeforeBiopsy_Composed()
    {
        var candidates = Analyze("A nodule was seen in the liver. A biopsy of the nodule was taken.");

        Assert.Contains(candidates, c => c.Code.Code == "0FB00ZX");
    }

    [Fact]
    public void Analyze_BiopsyComposedInItsOwnSentence_NotTakenAgainAcrossSentences()
    {
        var candidates = Analyze("A biopsy of the liver was taken. The liver was enlarged.");

        var code = Assert.Single(candidates, c => c.Code.Code == "0FB00ZX");
        Assert.Single(code.Mentions);
    }

    [Fact]
    public void Analyze_ImagingAndBodyPartInDifferentSentences_NotComposed()
    {
        var candidates = Analyze("A CT was performed. The abdomen was soft.");

        Assert.DoesNotContain(candidates, c => c.Code.Code.StartsWith("BW2", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_TwoSentencesApart_NotComposed()
    {
        var candidates = Analyze("A biopsy of the lesion was performed. It was sent to pathology. The liver was enlarged.");

        Assert.DoesNotContain(candidates, c => c.Code.Code.StartsWith("0FB0", StringComparison.Ordinal));
    }
}
