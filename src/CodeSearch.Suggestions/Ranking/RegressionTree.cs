namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// One regression tree of the ranker's boosted part, stored as parallel node arrays (node 0 is the root). An inner
/// node sends a vector left when <c>x[Feature] &lt;= Threshold</c>, right otherwise; a leaf (Feature = -1) adds its
/// <c>Value</c> to the ranker's log-odds.
/// </summary>
/// <param name="Feature">Feature index per node; -1 for a leaf.</param>
/// <param name="Threshold">Split value per node (unused in leaves).</param>
/// <param name="Left">Left child per node (unused in leaves).</param>
/// <param name="Right">Right child per node (unused in leaves).</param>
/// <param name="Value">Log-odds added by each leaf (0 in inner nodes).</param>
public sealed record RegressionTree(int[] Feature, double[] Threshold, int[] Left, int[] Right, double[] Value)
{
    /// <summary>The leaf value <paramref name="x"/> falls into.</summary>
    public double Evaluate(ReadOnlySpan<double> x)
    {
        var node = 0;
        while (Feature[node] >= 0) node = x[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Value[node];
    }

    /// <summary>The same tree with every leaf value multiplied by <paramref name="factor"/>.</summary>
    public RegressionTree Scaled(double factor) => this with { Value = Value.Select(v => v * factor).ToArray() };

    /// <summary>Throws unless the arrays form a tree over <paramref name="features"/> features that ends in leaves.</summary>
    public void Validate(int features)
    {
        var n = Feature.Length;
        if (n == 0 || Threshold.Length != n || Left.Length != n || Right.Length != n || Value.Length != n)
            throw new InvalidDataException("tree arrays must be non-empty and of equal length");
        for (var i = 0; i < n; i++)
        {
            if (Feature[i] < 0) continue;
            if (Feature[i] >= features) throw new InvalidDataException($"node {i} splits on feature {Feature[i]} of {features}");
            // Children come after their parent, so every path ends and there are no cycles.
            if (Left[i] <= i || Left[i] >= n || Right[i] <= i || Right[i] >= n)
                throw new InvalidDataException($"node {i} has children outside the tree");
        }
    }
}
