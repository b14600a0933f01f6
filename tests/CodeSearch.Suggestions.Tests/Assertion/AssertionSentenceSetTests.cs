using CodeSearch.Suggestions.Assertion;
using CodeSearch.Tests;
using Xunit.Abstractions;

namespace CodeSearch.Suggestions.Tests.Assertion;

/// <summary>
/// The hand-written labelled sentence set (TestData/assertion-sentences.tsv): accuracy overall and by trigger type,
/// printed on every run (see the test output), with floors so a change to the triggers or the scope rules cannot
/// silently lose what the set covers.
/// </summary>
public class AssertionSentenceSetTests(ITestOutputHelper output)
{
    private const double OverallFloor = 0.97;
    private const double PerTypeFloor = 0.85;

    private static string SetPath =>
        Path.Combine(TestPaths.RepoRoot, "tests", "CodeSearch.Suggestions.Tests", "TestData", "assertion-sentences.tsv");

    [Fact]
    public void Classify_LabelledSentenceSet_MeetsAccuracyFloorsByTriggerType()
    {
        var classifier = new AssertionClassifier();
        var rows = LabelledSentence.ReadAll(SetPath);
        var results = rows.Select(r => (Row: r, Actual: classifier.Classify(r.Sentence, r.Start, r.End, r.Section).Assertion)).ToList();

        var byType = results.GroupBy(r => r.Row.TriggerType).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Type: g.Key, Count: g.Count(), Correct: g.Count(r => r.Actual == r.Row.Expected))).ToList();
        var overall = (double)results.Count(r => r.Actual == r.Row.Expected) / results.Count;
        output.WriteLine($"{"trigger type",-14} {"n",4} {"correct",8} {"accuracy",9}");
        foreach (var t in byType) output.WriteLine($"{t.Type,-14} {t.Count,4} {t.Correct,8} {(double)t.Correct / t.Count,9:P1}");
        output.WriteLine($"{"overall",-14} {results.Count,4} {results.Count(r => r.Actual == r.Row.Expected),8} {overall,9:P1}");
        var failures = results.Where(r => r.Actual != r.Row.Expected)
            .Select(r => $"{r.Row.Id}: expected {r.Row.Expected}, got {r.Actual} ({r.Row.Sentence} | {r.Row.Target})").ToList();
        failures.ForEach(output.WriteLine);

        Assert.True(results.Count >= 200, $"the set holds {results.Count} sentences; it should hold at least 200");
        Assert.True(overall >= OverallFloor, $"overall accuracy {overall:P1} < {OverallFloor:P0}:\n{string.Join("\n", failures)}");
        var weak = byType.Where(t => (double)t.Correct / t.Count < PerTypeFloor).Select(t => t.Type).ToList();
        Assert.True(weak.Count == 0, $"below {PerTypeFloor:P0}: {string.Join(", ", weak)}:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void ReadAll_EveryRowHasItsTargetAndAKnownLabel()
    {
        var rows = LabelledSentence.ReadAll(SetPath);

        Assert.All(rows, r => Assert.True(r.Start >= 0, $"{r.Id}: target not in sentence"));
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.All(Enum.GetValues<AssertionKind>(), k => Assert.Contains(rows, r => r.Expected == k));
    }

    private sealed record LabelledSentence(string Id, string TriggerType, string Sentence, string Target, AssertionKind Expected, string? Section)
    {
        public int Start => Sentence.IndexOf(Target, StringComparison.Ordinal);

        public int End => Start + Target.Length;

        public static List<LabelledSentence> ReadAll(string path) => File.ReadLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("id\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => new LabelledSentence(f[0], f[1], f[2], f[3], Enum.Parse<AssertionKind>(f[4], ignoreCase: true),
                f.Length > 5 && f[5].Length > 0 ? f[5] : null))
            .ToList();
    }
}
