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

    // A split value with many digits, as the learner makes them: it must survive writing exactly.
    private static readonly RegressionTree Tree = new([2, -1, -1], [Math.Log(2) / 3, 0, 0], [1, 0, 0], [2, 0, 0], [0, -0.125, 0.5]);

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
        new RankerModel(features ?? FeatureVector.Names, FeatureVector.Names.Select((_, i) => i * 0.125 - 1).ToArray(), -2.5,
            [Tree]));

    private SuggestionModel ReadBack()
    {
        using var terms = new StreamReader(Path.Combine(_directory, SuggestionModel.TermsFile));
        using var priors = new StreamReader(Path.Combine(_directory, SuggestionModel.PriorsFile));
        using var termStats = new StreamReader(Path.Combine(_directory, SuggestionModel.TermStatsFile));
        using var ranker = new StreamReader(Path.Combine(_directory, SuggestionModel.RankerFile));
        using var topics = new StreamReader(Path.Combine(_directory, SuggestionModel.TopicsFile));
        return SuggestionModel.Read(terms, priors, termStats, ranker, topics);
    }

    [Fact]
    public void WriteReadDirectory_Neighbours_SameVotes()
    {
        List<Suggestions.Learning.TrainingNote> notes =
        [
            new("1", "Nocturia and an enlarged prostate.", CodeSystemId.Icd10Cm, ["N400"]),
            new("2", "Nocturia, weak stream; prostate enlarged.", CodeSystemId.Icd10Cm, ["N400", "R351"]),
            new("3", "Fever and cough.", CodeSystemId.Icd10Cm, ["R509"]),
        ];
        var topics = Suggestions.Learning.TopicLearner.Learn(notes);
        var model = Model() with { Topics = topics, Neighbours = Suggestions.Learning.NeighbourLearner.Learn(notes, topics) };

        model.Write(_directory, "test");
        var read = SuggestionModel.ReadDirectory(_directory);

        var note = read.Topics.NoteVector(CodeTopics.Stems("Enlarged prostate with nocturia."));
        var expected = model.Neighbours.Vote(CodeSystemId.Icd10Cm, note);
        var actual = read.Neighbours.Vote(CodeSystemId.Icd10Cm, note);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, p => Assert.Equal(p.Value, actual[p.Key], 3));
        Assert.Equal(3, read.Neighbours.Notes.Count);
    }

    [Fact]
    public void Read_NeighboursRowWithoutWeights_Rejected()
    {
        Model().Write(_directory, "test");
        File.AppendAllText(Path.Combine(_directory, SuggestionModel.NeighboursFile), "icd10cm\tR509\tfever cough\n");

        Assert.Equal(SuggestionModel.NeighboursFile, Assert.Throws<DataFileException>(() => SuggestionModel.ReadDirectory(_directory)).FileName);
    }

    [Fact]
    public void WriteRead_Topics_SameSimilarities()
    {
        List<Suggestions.Learning.TrainingNote> notes =
        [
            new("1", "Nocturia and an enlarged prostate.", CodeSystemId.Icd10Cm, ["N400"]),
            new("2", "Nocturia, weak stream; prostate enlarged.", CodeSystemId.Icd10Cm, ["N400", "R351"]),
            new("3", "Fever and cough.", CodeSystemId.Icd10Cm, ["R509"]),
        ];
        var model = Model() with { Topics = Suggestions.Learning.TopicLearner.Learn(notes) };

        model.Write(_directory, "test");
        var read = ReadBack();

        var note = "Enlarged prostate with nocturia.";
        foreach (var code in new[] { "N400", "R351", "R509" })
        {
            Assert.Equal(model.Topics.Similarity(CodeSystemId.Icd10Cm, code, model.Topics.NoteVector(CodeTopics.Stems(note))),
                read.Topics.Similarity(CodeSystemId.Icd10Cm, code, read.Topics.NoteVector(CodeTopics.Stems(note))), 3);
        }
        Assert.True(read.Topics.Similarity(CodeSystemId.Icd10Cm, "N400", read.Topics.NoteVector(CodeTopics.Stems(note))) > 0);
    }

    [Fact]
    public void Read_NoTopicsFile_EmptyTopics()
    {
        Model().Write(_directory, "test");
        using var terms = new StreamReader(Path.Combine(_directory, SuggestionModel.TermsFile));
        using var priors = new StreamReader(Path.Combine(_directory, SuggestionModel.PriorsFile));
        using var termStats = new StreamReader(Path.Combine(_directory, SuggestionModel.TermStatsFile));
        using var ranker = new StreamReader(Path.Combine(_directory, SuggestionModel.RankerFile));

        Assert.Empty(SuggestionModel.Read(terms, priors, termStats, ranker).Topics.Codes);
    }

    [Fact]
    public void WriteRead_PerSystemCalibration_SameScores()
    {
        var model = Model() is var m ? m with
        {
            Ranker = m.Ranker with { Systems = new Dictionary<CodeSystemId, (double Scale, double Offset)> { [CodeSystemId.Icd10Pcs] = (0.75, -0.25) } },
        } : null!;
        var x = FeatureVector.Names.Select((_, i) => i % 3 * 0.5).ToArray();

        model.Write(_directory, "test");
        var read = ReadBack();

        Assert.Equal((0.75, -0.25), read.Ranker.Systems[CodeSystemId.Icd10Pcs]);
        Assert.False(read.Ranker.Systems.ContainsKey(CodeSystemId.Icd10Cm));
        Assert.Equal(model.Ranker.Score(x, CodeSystemId.Icd10Pcs), read.Ranker.Score(x, CodeSystemId.Icd10Pcs), 9);
        Assert.Equal(read.Ranker.Score(x), read.Ranker.Score(x, CodeSystemId.Icd10Cm), 12);
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
        var tree = Assert.Single(read.Ranker.Trees);
        Assert.Equal(Tree.Feature, tree.Feature);
        Assert.Equal(Tree.Threshold, tree.Threshold);
        Assert.Equal(Tree.Left, tree.Left);
        Assert.Equal(Tree.Right, tree.Right);
        Assert.Equal(Tree.Value, tree.Value);
    }

    [Fact]
    public void WriteRead_BoostedTrees_ScoreEveryTrainingRowAsBefore()
    {
        // Feature values like the learner's (log-odds and logs with many digits), where a split value rounded on
        // writing would send rows equal to a cut point to the other side.
        var random = new Random(7);
        var n = FeatureVector.Names.Length;
        var rows = Enumerable.Range(0, 400).Select(_ =>
        {
            var x = Enumerable.Range(0, n).Select(_ => Math.Log(1 + random.Next(0, 12)) / 3).ToArray();
            return (X: x, Y: x[0] + x[1] > 0.9);
        }).ToList();
        var trees = Suggestions.Learning.TreeBooster.Fit(rows, new double[rows.Count], n, new(Rounds: 20));
        var model = Model() with { Ranker = new RankerModel(FeatureVector.Names, new double[n], 0, trees) };

        model.Write(_directory, "test");
        var read = ReadBack();

        Assert.All(rows, r => Assert.Equal(model.Ranker.Score(r.X), read.Ranker.Score(r.X), tolerance: 1e-4));
    }

    [Fact]
    public void Read_TreeSplittingOnAMissingFeature_NamesTheFile()
    {
        Model().Write(_directory, "test");
        var path = Path.Combine(_directory, SuggestionModel.RankerFile);
        var json = File.ReadAllText(path);
        File.WriteAllText(path, json.Replace("\"Feature\": [\n        2,", "\"Feature\": [\n        999,"));
        Assert.NotEqual(json, File.ReadAllText(path));

        var e = Assert.Throws<DataFileException>(ReadBack);

        Assert.Contains(SuggestionModel.RankerFile, e.Message);
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
        Assert.Contains("something_else", error.Message);
        Assert.Contains(FeatureVector.Names[0], error.Message);
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

    [Fact]
    public void Default_TablesHeldForTheProcess_TrimmedToWhatTheyHold()
    {
        var model = SuggestionModel.Default;
        // Trimmed, a table's room is the runtime's next prime size at or above its count (at most about a fifth more);
        // grown by doubling it could be twice its count.
        static void Trimmed<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> table) where TKey : notnull =>
            Assert.True(((Dictionary<TKey, TValue>)table).Capacity <= table.Count * 1.25 + 3,
                $"{((Dictionary<TKey, TValue>)table).Capacity} room for {table.Count}");

        Assert.NotEmpty(model.Topics.Codes);
        Trimmed(model.Topics.Idf);
        Trimmed(model.Topics.Codes);
        Assert.All(model.Topics.Codes.Values, Trimmed);
        Trimmed(model.Priors.Stats);
        Trimmed(model.Priors.TermStats);
        Assert.NotEmpty(model.Neighbours.Notes);
        Assert.All(model.Neighbours.Notes, n => Trimmed(n.Vector));
    }
}
