using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Ranking;

/// <summary>Eye abbreviations state a side for eye-chapter codes only, in capitals only.</summary>
public class EyeSidesTests
{
    [Theory]
    [InlineData("In FO there was preretinal hemorrhage RE.", Side.Right)]
    [InlineData("Mild conjunctival hyperemia OD with vertical diplopia.", Side.Right)]
    [InlineData("In his OI, a subfoveal lesion bordered by hemorrhages.", Side.Left)]
    [InlineData("Visual acuity 0.6 in the LE.", Side.Left)]
    [InlineData("Colloid bodies in both eyes (AO).", Side.Bilateral)]
    public void Of_Abbreviation_Side(string sentence, Side side) => Assert.Equal([side], EyeSides.Of(sentence));

    [Theory]
    [InlineData("The re-intervention was uneventful.")]
    [InlineData("Visual acuity was recorded for each eye.")]
    [InlineData("Oxygenation improved, od dosing was kept.")]
    public void Of_NoAbbreviation_Nothing(string sentence) => Assert.Empty(EyeSides.Of(sentence));

    [Theory]
    [InlineData("H3561", true)]
    [InlineData("H5213", true)]
    [InlineData("H6001", false)]
    [InlineData("J960", false)]
    public void IsEyeCode_EyeChapterOnly(string code, bool eye) => Assert.Equal(eye, EyeSides.IsEyeCode(code));
}
