using CodeSearch.Core;
using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Learned;

public sealed class SuggestionModelTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "codesearch-model-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private static SuggestionModel Model(string[]? features = null) => new(
        [
            new LearnedTerm(["chest", "pain"], CodeSystemId.Icd10Cm, "R079", 5, 0.8f),
            new LearnedTerm(["append"], CodeSystemId.Icd10Pcs, "0DTJ4ZZ", 3, 0.375f),
        ],
        new CodePriors(new Dictionary<(CodeSystemId, string), CodeStats>
        {
            [(CodeSystemId.Icd10Cm, "R079")] = new(10, 20, 7),
            [(CodeSystemId.Icd10Pcs, "0DTJ4ZZ")] = new(4, 0, 0),
        }, new Dictionary<(CodeSystemId, string, string), CodeStats>
        {
            [(CodeSystemId.Icd10Cm, "R079", WordingKey.Of("Chest pain, unspecified"))] = new(0, 12, 5),
        }),
        new RankerModel(features ?? FeatureVector.Names, FeatureVector.Names.Select((_, i) => i * 0.125 - 1).ToArray(), -2.5));

    private SuggestionModel ReadBack()
    {
        using var terms = new StreamReader(Path.Combine(_directory, SuggestionModel.TermsFile));
        using var priors = new StreamReader(Path.Combine(_directory, SuggestionModel.PriorsFile));
        using var termStats = new StreamReader(Path.Combine(_directory, SuggestionModel.TermStatsFile));
        using var ranker = new StreamReader(Path.Combine(_directory, SuggestionModel.RankerFile));
        return SuggestionModel.Read(terms, priors, termStats, ranker);
    }

    [Fact]
    public void WriteRead_RoundTrip_SameModel()
    {
        var model = Model();

        model.Write(_directory, "test provenance");
        var read = ReadBack();

        Assert.Equal(
            model.Terms.Select(t => (string.Join(' ', t.Stems), t.System, t.Code, t.Support, t.Precision)).OrderBy(t => t.Code),
            read.Terms.Select(t => (string.Join(' ', t.Stems), t.System, t.Code, t.Support, t.Precision)).OrderBy(t => t.Code));
        Assert.Equal(model.Priors.Stats.OrderBy(p => p.Key.Code), read.Priors.Stats.OrderBy(p => p.Key.Code));
        Assert.Equal(model.Priors.TermStats, read.Priors.TermStats);
        Assert.Equal(CodePriors.Smoothed(5, 12), read.Priors.TermPrecision(CodeSystemId.Icd10Cm, "R079", "Chest pain, unspecified"), 9);
        Assert.DoesNotContain("Chest pain", File.ReadAllText(Path.Combine(_directory, SuggestionModel.TermStatsFile)));
        Assert.Equal(FeatureVector.Names, read.Ranker.Features);
        Assert.Equal(model.Ranker.Weights, read.Ranker.Weights);
        Assert.Equal(model.Ranker.Bias, read.Ranker.Bias);
    }

    [Fact]
    public void Write_Files_CarryProvenanceComment()
    {
        Model().Write(_directory, "learned from train");

        Assert.StartsWith("#", File.ReadLines(Path.Combine(_directory, SuggestionModel.TermsFile)).First());
        Assert.Contains("learned from train", File.ReadAllText(Path.Combine(_directory, SuggestionModel.PriorsFile)));
        Assert.Contains("learned from train", File.ReadAllText(Path.Combine(_directory, SuggestionModel.RankerFile)));
    }

    [Fact]
    public void Read_RankerWithOtherFeatureNames_Rejected()
    {
        var renamed = FeatureVector.Names.ToArray();
        renamed[0] = "something_else";
        Model(renamed).Write(_directory, "old build");

        var error = Assert.Throws<DataFileException>(ReadBack);

        Assert.Equal(SuggestionModel.RankerFile, error.FileName);
    }

    [Fact]
    public void Read_RankerWithFewerFeatures_Rejected()
    {
        var fewer = FeatureVector.Names[..^1];
        new SuggestionModel([], CodePriors.Empty, new RankerModel(fewer, new double[fewer.Length], 0)).Write(_directory, "old build");

        Assert.Equal(SuggestionModel.RankerFile, Assert.Throws<DataFileException>(ReadBack).FileName);
    }

    [Fact]
    public void Read_TermsRowWithMissingColumns_RejectedWithLine()
    {
        Model().Write(_directory, "test");
        File.AppendAllText(Path.Combine(_directory, SuggestionModel.TermsFile), "chest\ticd10cm\tR079\n");

        var error = Assert.Throws<DataFileException>(ReadBack);

        Assert.Equal(SuggestionModel.TermsFile, error.FileName);
        Assert.True(error.LineNumber > 2);
    }

    [Fact]
    public void Empty_NothingLearnedAndInitialRanker()
    {
        Assert.Empty(SuggestionModel.Empty.Terms);
        Assert.Empty(SuggestionModel.Empty.Priors.Stats);
        Assert.Same(RankerModel.Initial, SuggestionModel.Empty.Ranker);
    }

    [Fact]
    public void Default_Loads_WithThisBuildsFeatures() =>
        Assert.Equal(FeatureVector.Names, SuggestionModel.Default.Ranker.Features);
}
