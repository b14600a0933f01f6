using CodeSearch.Core;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Recall;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Recall;

/// <summary>Other train-coded codes of a category the wording found become candidates, resting on the found mention.</summary>
public class CategorySiblingsTests
{
    private static readonly TermDictionary Dict = Dictionary(
    [
        Icd("N05", "Unspecified nephritic syndrome", billable: false),
        Icd("N059", "Unspecified nephritic syndrome with unspecified morphologic changes", parent: "N05"),
        Icd("N058", "Unspecified nephritic syndrome with other morphologic changes", parent: "N05"),
        Icd("N051", "Unspecified nephritic syndrome with focal and segmental glomerular lesions", parent: "N05"),
        Icd("H52", "Disorders of refraction and accommodation", billable: false),
        Icd("H521", "Myopia", billable: false, parent: "H52"),
        Icd("H5210", "Myopia, unspecified eye", parent: "H521"),
        Icd("H5211", "Myopia, right eye", parent: "H521"),
        Icd("H5212", "Myopia, left eye", parent: "H521"),
        Icd("H5213", "Myopia, bilateral", parent: "H521"),
        Icd("I10", "Essential (primary) hypertension"),
    ]);

    private static readonly CodePriors Priors = new(new Dictionary<(CodeSystemId, string), CodeStats>
    {
        [(CodeSystemId.Icd10Cm, "N058")] = new(3, 0, 0),
        [(CodeSystemId.Icd10Cm, "N051")] = new(1, 0, 0),
        [(CodeSystemId.Icd10Cm, "H5211")] = new(2, 0, 0),
        [(CodeSystemId.Icd10Cm, "H5212")] = new(2, 0, 0),
        [(CodeSystemId.Icd10Cm, "H5213")] = new(4, 0, 0),
    });

    private static List<CodeCandidate> Siblings(string text, AssertionKind assertion = AssertionKind.Present, NoteReader? reader = null)
    {
        var (sentences, candidates) = WordingCandidates(Dict, text, assertion, reader);
        return CategorySiblings.Find(candidates, text, sentences, Dict, Priors);
    }

    [Fact]
    public void Find_CategoryFound_TrainCodedSiblingsProposedMostCodedFirst()
    {
        var found = Siblings("Biopsy showed a nephritic syndrome.");

        Assert.Equal(["N058", "N051"], found.Select(c => c.Code.Code));
        Assert.All(found, c => Assert.Equal(TermSource.Sibling, c.Best.Term.Source));
    }

    [Fact]
    public void Find_SiblingRestsOnFoundMention_SameEvidenceAndCoverageOfOwnWords()
    {
        const string text = "Biopsy showed a nephritic syndrome.";

        var other = Assert.Single(Siblings(text), c => c.Code.Code == "N058");

        Assert.Equal("nephritic syndrome", text.Substring(other.Best.Evidence.Start, other.Best.Evidence.Length));
        // nephritic, syndrome of nephritic, syndrome, other, morphologic, changes.
        Assert.Equal(0.4f, other.Best.Coverage, 3);
    }

    [Fact]
    public void Find_FoundMentionNegated_NoSiblings() =>
        Assert.Empty(Siblings("No nephritic syndrome.", AssertionKind.Negated));

    [Fact]
    public void Find_SideNotStated_NoSidedSibling() =>
        Assert.DoesNotContain(Siblings("Refraction showed myopia."), c => c.Code.Code is "H5211" or "H5212" or "H5213");

    [Fact]
    public void Find_BothEyes_BilateralSiblingOnly()
    {
        // Without word variants: with them "both" reads as "bilateral" and the wording finds H52.13 itself; here the
        // sibling rule's own reading of the stated side is what is tested.
        var reader = new NoteReader(new CodeSearch.Suggestions.Abbreviations.AbbreviationExpander(), WordVariants.None);
        var codes = Siblings("Refraction showed myopia in both eyes.", reader: reader).Select(c => c.Code.Code).ToList();

        Assert.Contains("H5213", codes);
        Assert.DoesNotContain("H5211", codes);
        Assert.DoesNotContain("H5212", codes);
    }

    [Fact]
    public void Find_NotCodedInTrain_NotProposed() =>
        Assert.DoesNotContain(Siblings("Biopsy showed a nephritic syndrome."), c => c.Code.Code == "N059");
}
