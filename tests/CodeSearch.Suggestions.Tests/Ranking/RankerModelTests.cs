using CodeSearch.Core;
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
    public void Score_SystemWithItsOwnCalibration_ScalesTheLogOdds()
    {
        var model = Model with { Systems = new Dictionary<CodeSystemId, (double Scale, double Offset)> { [CodeSystemId.Icd10Pcs] = (2, -1) } };
        double[] x = [1, 3, 4];

        Assert.Equal(1 / (1 + Math.Exp(-(2 * model.Margin(x) - 1))), model.Score(x, CodeSystemId.Icd10Pcs), 12);
        Assert.Equal(model.Score(x), model.Score(x, CodeSystemId.Icd10Cm), 12);
    }

    [Fact]
    public void Calibrated_KeepsThePerSystemCalibration()
    {
        var model = Model with { Systems = new Dictionary<CodeSystemId, (double Scale, double Offset)> { [CodeSystemId.Icd10Pcs] = (2, -1) } };

        Assert.Equal((2.0, -1.0), model.Calibrated(0.5, 0.25).Systems[CodeSystemId.Icd10Pcs]);
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

public class RankerModelTreeTests
{
    // One split on feature 0 at 0.5: left leaf -1, right leaf +2.
    private static readonly RegressionTree Stump = new([0, -1, -1], [0.5, 0, 0], [1, 0, 0], [2, 0, 0], [0, -1, 2]);

    [Fact]
    public void Margin_AddsEachTreesLeafToTheLinearSum()
    {
        var model = new RankerModel(["a", "b"], [1, 0], 0.25, [Stump, Stump]);

        Assert.Equal(0.25 + 0 - 2, model.Margin([0, 7]), 12);
        Assert.Equal(0.25 + 1 + 4, model.Margin([1, 7]), 12);
        Assert.Equal(1 / (1 + Math.Exp(-5.25)), model.Score([1, 7]), 12);
    }

    [Fact]
    public void Trees_NoneGiven_Empty() => Assert.Empty(new RankerModel(["a"], [1], 0).Trees);

    [Fact]
    public void Evaluate_ThresholdGoesLeft()
    {
        Assert.Equal(-1, Stump.Evaluate([0.5]));
        Assert.Equal(2, Stump.Evaluate([0.5000001]));
    }

    [Fact]
    public void Validate_GoodTree_Passes() => Stump.Validate(1);

    [Fact]
    public void Validate_FeatureOutOfRange_Throws() =>
        Assert.Throws<InvalidDataException>(() => Stump.Validate(0));

    [Fact]
    public void Validate_ChildPointingBack_Throws() =>
        Assert.Throws<InvalidDataException>(() => new RegressionTree([0, -1], [0, 0], [0, 0], [1, 0], [0, 1]).Validate(1));

    [Fact]
    public void Validate_UnequalArrays_Throws() =>
        Assert.Throws<InvalidDataException>(() => new RegressionTree([-1], [0, 0], [0], [0], [0]).Validate(1));

    [Fact]
    public void Calibrated_LinearInTheMargin_OrderUnchanged()
    {
        var tree = new RegressionTree([0, -1, -1], [0.5, 0, 0], [1, 0, 0], [2, 0, 0], [0, -0.3, 0.7]);
        var model = new RankerModel(["a", "b", "c"], [2, -1, 0.5], -0.5, [tree]);
        double[][] xs = [[0, 0, 0], [1, 0, 0], [0, 1, 1], [0.4, 0.2, -1]];

        var calibrated = model.Calibrated(0.5, -1);

        Assert.All(xs, x => Assert.Equal(0.5 * model.Margin(x) - 1, calibrated.Margin(x), 12));
        Assert.Equal(xs.OrderBy(model.Score).ToList(), xs.OrderBy(calibrated.Score).ToList());
    }
}
