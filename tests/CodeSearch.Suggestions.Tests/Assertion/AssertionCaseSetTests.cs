using System.Text.Json;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Tests;
using Xunit.Abstractions;

namespace CodeSearch.Suggestions.Tests.Assertion;

public class AssertionCaseSetTests(ITestOutputHelper output)
{
    private static string CasesPath => Path.Combine(TestPaths.RepoRoot, "tests", "CodeSearch.Suggestions.Tests", "TestData", "assertion-cases.jsonl");

    [Fact]
    public void Classify_HandMadeCaseSet_AtLeast95PercentCorrect()
    {
        var classifier = new AssertionClassifier();
        var cases = File.ReadLines(CasesPath).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var failures = new List<string>();

        foreach (var c in cases)
        {
            var sentence = c.GetProperty("sentence").GetString()!;
            var target = c.GetProperty("target").GetString()!;
            var section = c.TryGetProperty("section", out var s) ? s.GetString() : null;
            var start = sentence.IndexOf(target, StringComparison.Ordinal);
            var expected = Enum.Parse<CodeSearch.Suggestions.Assertion.AssertionKind>(c.GetProperty("expected").GetString()!);
            var actual = classifier.Classify(sentence, start, start + target.Length, section);
            if (actual.Assertion != expected)
                failures.Add($"{c.GetProperty("id").GetString()}: expected {expected}, got {actual.Assertion} ({sentence} | {target})");
        }

        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        output.WriteLine($"assertion accuracy {accuracy:P1} over {cases.Count} hand-made cases");
        failures.ForEach(output.WriteLine);
        Assert.InRange(cases.Count, 60, 100);
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:P1}; failures:\n{string.Join("\n", failures)}");
    }
}
