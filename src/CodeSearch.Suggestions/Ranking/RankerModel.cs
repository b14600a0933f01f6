using CodeSearch.Core;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// Logistic regression over <see cref="FeatureVector"/> plus boosted trees on its residual:
/// score = 1 / (1 + e^-(bias + w·x + Σ tree(x))). Fitted on out-of-fold candidates of the CodiEsp train split by
/// <c>codesearch learn</c>, so the score is a probability that the code is one a coder assigned (docs/quality.md
/// shows how well that holds on dev). The trees let features interact (a learned phrase matters more when the code is
/// common, a synonym less when the wording is short), which a linear model cannot express.
/// </summary>
/// <param name="Features">Feature names the weights belong to, in order.</param>
/// <param name="Weights">One weight per feature.</param>
/// <param name="Bias">Intercept.</param>
/// <param name="Trees">Boosted trees added to the linear log-odds; none for a purely linear model.</param>
public sealed record RankerModel(string[] Features, double[] Weights, double Bias, IReadOnlyList<RegressionTree>? Trees = null)
{
    /// <summary>The boosted trees (empty when the model is linear).</summary>
    public IReadOnlyList<RegressionTree> Trees { get; } = Trees ?? [];

    // The same trees as one node array for scoring (equal whenever Trees is the same list).
    private readonly TreeForest _forest = new(Trees ?? []);

    /// <summary>Hand-set starting weights, used until a model is learned (and as the learner's starting point).</summary>
    public static RankerModel Initial { get; } = new(FeatureVector.Names,
        FeatureTable.All.Select(f => f.InitialWeight).ToArray(), FeatureTable.InitialBias);

    /// <summary>Per code system, a second Platt scaling of the log-odds (scale, offset) fitted on that system's
    /// candidates alone: one shared calibration left ICD-10-PCS scores off by more than ICD-10-CM ones. Monotone, so it
    /// changes no order within a note; a system without an entry keeps the shared calibration.</summary>
    public IReadOnlyDictionary<CodeSystemId, (double Scale, double Offset)> Systems { get; init; } =
        new Dictionary<CodeSystemId, (double Scale, double Offset)>();

    /// <summary>The calibrated score of a feature vector (the shared calibration).</summary>
    public double Score(double[] x) => 1 / (1 + Math.Exp(-Margin(x)));

    /// <summary>The calibrated score of a feature vector of a candidate of <paramref name="system"/>.</summary>
    public double Score(double[] x, CodeSystemId system) => 1 / (1 + Math.Exp(-Margin(x, system)));

    /// <summary>The log-odds of a feature vector of a candidate of <paramref name="system"/>, with its system's scaling.</summary>
    public double Margin(double[] x, CodeSystemId system) =>
        Systems.TryGetValue(system, out var p) ? p.Scale * Margin(x) + p.Offset : Margin(x);

    /// <summary>The same ranking with log-odds <paramref name="scale"/>·margin + <paramref name="offset"/>: a monotone
    /// recalibration (Platt scaling), so the order of candidates is unchanged and the score is a probability again.</summary>
    public RankerModel Calibrated(double scale, double offset) => new(Features, Weights.Select(w => w * scale).ToArray(),
        Bias * scale + offset, Trees.Select(t => t.Scaled(scale)).ToList()) { Systems = Systems };

    /// <summary>The log-odds of a feature vector.</summary>
    public double Margin(double[] x)
    {
        var z = Bias;
        for (var i = 0; i < Weights.Length; i++) z += Weights[i] * x[i];
        return _forest.AddTo(z, x);
    }
}
