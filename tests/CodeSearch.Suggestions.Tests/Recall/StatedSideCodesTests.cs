using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Recall;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Recall;

/// <summary>The code for the side a sentence states, under a code the wording found, whether or not train coded it.</summary>
public class StatedSideCodesTests
{
    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("H35", "Other retinal disorders", billable: false),
        Icd("H356", "Retinal hemorrhage", billable: false, parent: "H35"),
        Icd("H3560", "Retinal hemorrhage, unspecified eye", parent: "H356"),
        Icd("H3561", "Retinal hemorrhage, right eye", parent: "H356"),
        Icd("H3562", "Retinal hemorrhage, left eye", parent: "H356"),
        Icd("H3563", "Retinal hemorrhage, bilateral", parent: "H356"),
        Icd("M25", "Other joint disorder, not elsewhere classified", billable: false),
        Icd("M2556", "Pain in knee", billable: false, parent: "M25"),
        Icd("M25561", "Pain in right knee", parent: "M2556"),
        Icd("M25562", "Pain in left knee", parent: "M2556"),
        Icd("M25569", "Pain in unspecified knee", parent: "M2556"),
        Icd("I63", "Cerebral infarction", billable: false),
        Icd("I635", "Cerebral infarction due to unspecified occlusion or stenosis of cerebral arteries", billable: false, parent: "I63"),
        Icd("I6351", "Cerebral infarction due to unspecified occlusion or stenosis of middle cerebral artery", billable: false, parent: "I635"),
        Icd("I63511", "Cerebral infarction due to unspecified occlusion or stenosis of right middle cerebral artery", parent: "I6351"),
        Icd("I63512", "Cerebral infarction due to unspecified occlusion or stenosis of left middle cerebral artery", parent: "I6351"),
        Icd("I6352", "Cerebral infarction due to unspecified occlusion or stenosis of anterior cerebral artery", billable: false, parent: "I635"),
        Icd("I63521", "Cerebral infarction due to unspecified occlusion or stenosis of right anterior cerebral artery", parent: "I6352"),
        Icd("G81", "Hemiplegia and hemiparesis", billable: false),
        Icd("G819", "Hemiplegia, unspecified", billable: false, parent: "G81"),
        Icd("G8190", "Hemiplegia, unspecified affecting unspecified side", parent: "G819"),
        Icd("G8191", "Hemiplegia, unspecified affecting right dominant side", parent: "G819"),
        Icd("G8192", "Hemiplegia, unspecified affecting left dominant side", parent: "G819"),
        Icd("G8193", "Hemiplegia, unspecified affecting right nondominant side", parent: "G819"),
        Icd("G8194", "Hemiplegia, unspecified affecting left nondominant side", parent: "G819"),
    ]);

    private static List<CodeCandidate> Found(string text, AssertionKind assertion = AssertionKind.Present)
    {
        var (sentences, candidates) = WordingCandidates(Dict, text, assertion);
        // Only what the rule adds: the wording's own side codes (and unspecified-side codes) are left out of the input,
        // as a note whose wording reached the header alone would be.
        candidates.RemoveAll(c => Specificity.SideOf(c.Code.Description) != Side.None || c.Code.Description.Contains("unspecified eye")
                                  || c.Code.Description.Contains("unspecified knee") || c.Code.Description.Contains("unspecified side"));
        return StatedSideCodes.Find(candidates, text, sentences, Dict);
    }

    private static List<string> Codes(string text, AssertionKind assertion = AssertionKind.Present) =>
        Found(text, assertion).Select(c => c.Code.Code).ToList();

    [Fact]
    public void Find_SideStated_ChildForThatSideThenTheUnspecifiedOne() =>
        Assert.Equal(["H3562", "H3560"], Codes("Fundus examination showed retinal hemorrhages in the left eye."));

    [Fact]
    public void Find_NoSideStated_UnspecifiedSideChildOnly() =>
        Assert.Equal(["H3560"], Codes("Fundus examination showed retinal hemorrhages."));

    [Fact]
    public void Find_BilateralCodeExists_BilateralOnly() =>
        Assert.Equal(["H3563", "H3560"], Codes("Fundus examination showed bilateral retinal hemorrhages."));

    [Fact]
    public void Find_BilateralWithoutBilateralCode_RightAndLeft() =>
        Assert.Equal(["M25561", "M25562", "M25569"], Codes("He had pain in both knees after a fall."));

    [Fact]
    public void Find_WalksThroughChildNamingNoSide_WhenTheSentenceStatesItsWords() =>
        Assert.Equal(["I63511"], Codes("CT showed a cerebral infarction in the territory of the right middle cerebral artery."));

    [Fact]
    public void Find_DominanceByDefault_RightIsDominant() =>
        Assert.Equal(["G8191", "G8190"], Codes("Examination showed right hemiplegia."));

    [Fact]
    public void Find_LeftIsNonDominantUnlessStated()
    {
        Assert.Equal(["G8194", "G8190"], Codes("Examination showed left hemiplegia."));
        Assert.Equal(["G8192", "G8190"], Codes("Examination showed left hemiplegia of the dominant side."));
    }

    [Fact]
    public void Find_RestsOnFoundMention_SameSentenceAndAssertion()
    {
        var found = Found("Fundus examination showed retinal hemorrhages in the left eye.", AssertionKind.Possible).First(c => c.Code.Code == "H3562");

        Assert.Equal(TermSource.Sibling, found.Best.Term.Source);
        Assert.Equal(AssertionKind.Possible, found.Best.Assertion);
        Assert.StartsWith("the stated side of", found.Best.Term.Text);
    }

    [Fact]
    public void Find_EyeAbbreviation_StatesTheEyeOfAnEyeCode() =>
        Assert.Equal(["H3561", "H3560"], Codes("Fundus examination showed a retinal hemorrhage RE."));

    [Fact]
    public void Find_UnspecifiedNounWithoutRightSibling_NotTakenForAnUnspecifiedSide() =>
        // "unspecified occlusion" is no side: nothing under I63.5 is proposed without a stated side.
        Assert.Empty(Codes("CT showed a cerebral infarction due to occlusion of the cerebral arteries."));

    [Fact]
    public void Find_NegatedMention_Nothing() =>
        Assert.Empty(Codes("No retinal hemorrhages in the left eye.", AssertionKind.Negated));
}
