using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Ranking;

public class RankerModelTests
{
    private static readonly RankerModel Model = new(["a", "b", "c"], [2, -1, 0.5], -0.5);

    [Fact]
    public void Score_ZeroFeatures_SigmoidOfBias() =>
        Assert.Equal(1 / (1 + Math.Exp(0.5)), Model.Score([0, 0, 0]), 12);

    [Fact]
    public void Score_Features_SigmoidOfLinearSum()
    {
        var z = -0.5 + 2 * 1 - 1 * 3 + 0.5 * 4;

        Assert.Equal(1 / (1 + Math.Exp(-z)), Model.Score([1, 3, 4]), 12);
    }

    [Fact]
    public void Score_MonotoneInEachFeatureBySignOfWeight()
    {
        Assert.True(Model.Score([1, 0, 0]) > Model.Score([0, 0, 0]));
        Assert.True(Model.Score([0, 1, 0]) < Model.Score([0, 0, 0]));
    }

    [Fact]
    public void Score_ExtremeInputs_StayInUnitInterval()
    {
        Assert.InRange(Model.Score([1000, 0, 0]), 0.0, 1.0);
        Assert.InRange(Model.Score([-1000, 0, 0]), 0.0, 1.0);
    }

    [Fact]
    public void Initial_OneWeightPerFeature()
    {
        Assert.Equal(FeatureVector.Names, RankerModel.Initial.Features);
        Assert.Equal(FeatureVector.Names.Length, RankerModel.Initial.Weights.Length);
    }

    [Fact]
    public void FeatureNames_DistinctAndCodePrecisionPresent()
    {
        Assert.Equal(FeatureVector.Names.Length, FeatureVector.Names.Distinct().Count());
        Assert.Equal("code_precision", FeatureVector.Names[FeatureVector.CodePrecision]);
    }
}
