using System.Text.RegularExpressions;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Tests;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class FeatureTableTests
{
    [Fact]
    public void Names_DistinctSnakeCase()
    {
        Assert.Equal(FeatureTable.All.Count, FeatureTable.All.Select(f => f.Name).Distinct().Count());
        Assert.All(FeatureTable.All, f => Assert.Matches("^[a-z][a-z0-9_]*$", f.Name));
        Assert.All(FeatureTable.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void FeatureVectorAndInitialRanker_FollowTheTable()
    {
        Assert.Equal(FeatureTable.All.Select(f => f.Name), FeatureVector.Names);
        Assert.Equal(FeatureTable.All.Select(f => f.InitialWeight), RankerModel.Initial.Weights);
        Assert.Equal(FeatureTable.InitialBias, RankerModel.Initial.Bias);
    }

    [Fact]
    public void IndexOf_KnownName_Position_UnknownThrows()
    {
        Assert.Equal("term_precision", FeatureTable.All[FeatureTable.IndexOf("term_precision")].Name);
        Assert.Throws<ArgumentException>(() => FeatureTable.IndexOf("no_such_feature"));
    }

    [Fact]
    public void Docs_ListEveryFeature()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "suggestions.md"));
        var listed = Regex.Matches(docs, "`([a-z][a-z0-9_]*)`").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.All(FeatureTable.All, f => Assert.Contains(f.Name, listed));
    }
}
